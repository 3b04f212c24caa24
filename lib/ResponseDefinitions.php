<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification;

/**
 * Psalm types of every OCS response shape (see openapi.json).
 *
 * @psalm-type VideoVerificationShareSettings = array{
 *     shareId: string,
 *     enabled: bool,
 *     mode: 'approve'|'password',
 *     enabledBy: ?string,
 *     enabledAt: ?int,
 *     passwordGenerated: bool,
 *     talkAvailable: bool,
 * }
 *
 * @psalm-type VideoVerificationCreatedRequest = array{
 *     requestId: string,
 *     secret: string,
 *     code: string,
 *     expiresAt: int,
 *     mode: 'approve'|'password',
 * }
 *
 * @psalm-type VideoVerificationStatus = 'requested'|'ringing'|'approved'|'declined'|'expired'|'used'|'cancelled'|'abandoned'
 *
 * @psalm-type VideoVerificationRequest = array{
 *     requestId: string,
 *     status: VideoVerificationStatus,
 *     code: string,
 *     expiresAt: int,
 *     mode: 'approve'|'password',
 *     idCheck: ?array{step: int, total: int, prompt: string},
 * }
 *
 * @psalm-type VideoVerificationChecklist = array{
 *     faceMatchesId: bool,
 *     idFeaturesChecked: bool,
 *     knownPerson: bool,
 *     note: string,
 *     idChecksConfirmed: list<string>,
 * }
 *
 * @psalm-type VideoVerificationIdCheck = array{
 *     prompts: list<array{key: string, text: string}>,
 *     step: int,
 * }
 *
 * @psalm-type VideoVerificationRecord = array{
 *     requestId: string,
 *     shareId: string,
 *     fileId: int,
 *     fileName: string,
 *     requesterName: string,
 *     requesterEmail: ?string,
 *     code: string,
 *     status: VideoVerificationStatus,
 *     mode: 'approve'|'password',
 *     createdAt: int,
 *     expiresAt: int,
 *     answeredAt: ?int,
 *     decidedAt: ?int,
 *     decidedBy: ?string,
 *     decidedByDisplayName: ?string,
 *     checklist: ?VideoVerificationChecklist,
 *     releasedBy: 'approve'|'password'|null,
 *     firstUsedAt: ?int,
 *     shareDeleted: bool,
 *     idCheck: ?VideoVerificationIdCheck,
 *     callMedia: 'video'|'audio'|null,
 * }
 *
 * @psalm-type VideoVerificationAdminSettings = array{
 *     usableBy: 'everyone'|'groups',
 *     allowedGroups: list<string>,
 *     requiredGroups: list<string>,
 *     defaultMode: 'approve'|'password',
 *     requestTtlMinutes: int,
 *     grantTtlMinutes: int,
 *     retentionDays: int,
 *     allowCallsWithoutVideo: bool,
 * }
 *
 * @psalm-type VideoVerificationGrant = array{
 *     grantId: string,
 *     requestId: string,
 *     shareId: string,
 *     requesterName: string,
 *     requesterEmail: ?string,
 *     verifiedAt: int,
 *     verifiedBy: ?string,
 *     verifiedByDisplayName: ?string,
 *     releasedBy: 'approve'|'password'|null,
 *     createdAt: int,
 *     lastUsedAt: int,
 *     endedAt: ?int,
 *     endReason: 'revoked'|'expired'|'password_changed'|'verification_off'|'share_deleted'|null,
 * }
 *
 * @psalm-type VideoVerificationRecordChainCheck = array{
 *     valid: bool,
 *     checked: int,
 *     anchorSeq: int,
 *     headSeq: int,
 *     headHash: string,
 *     problem: 'altered'|'missing'|'unsealed'|'head_mismatch'|null,
 *     requestId: ?string,
 *     seq: ?int,
 *     message: string,
 * }
 *
 * @psalm-type VideoVerificationFileCallback = array{
 *     requestId: string,
 *     shareId: string,
 *     requesterName: string,
 *     state: 'callbackRequested'|'callingBack',
 *     requestedAt: int,
 *     message: string,
 *     calledBackAt: ?int,
 *     pageOpen: bool,
 *     shareDeleted: bool,
 * }
 *
 * @psalm-type VideoVerificationCallback = array{
 *     requestId: string,
 *     state: 'callbackRequested'|'callingBack',
 *     requestedAt: int,
 *     message: string,
 *     calledBackAt: ?int,
 * }
 *
 * @psalm-type VideoVerificationOfficeHours = array{
 *     enabled: bool,
 *     days: list<int>,
 *     from: ?string,
 *     to: ?string,
 *     summary: ?string,
 * }
 *
 * @psalm-type VideoVerificationError = array{
 *     error: 'invalid_body'|'not_allowed'|'required_by_policy'|'unsupported_share_type'|'password_required'|'password_rejected'|'share_update_failed'|'share_not_found'|'talk_unavailable'|'password_generation_failed'|'invalid_display_name'|'too_many_requests'|'request_not_found'|'request_closed'|'wrong_password'|'too_many_wrong_passwords'|'call_not_answered'|'wrong_mode'|'callback_unavailable'|'outside_office_hours'|'grant_not_found'|'video_required',
 *     message: string,
 * }
 */
class ResponseDefinitions {
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Notification;

/**
 * Signature stub of OCP\Notification\IAction (since 9.0.0).
 */
interface IAction {
	public const TYPE_GET = 'GET';
	public const TYPE_POST = 'POST';
	public const TYPE_PUT = 'PUT';
	public const TYPE_DELETE = 'DELETE';
	public const TYPE_WEB = 'WEB';

	public function setLabel(string $label): IAction;

	public function getLabel(): string;

	public function setParsedLabel(string $label): IAction;

	public function getParsedLabel(): string;

	public function setPrimary(bool $primary): IAction;

	public function isPrimary(): bool;

	public function setLink(string $link, string $requestType): IAction;

	public function getLink(): string;

	public function getRequestType(): string;

	public function isValid(): bool;

	public function isValidParsed(): bool;
}

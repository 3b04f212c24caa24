<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\Activity;

/**
 * Partial signature stub of OCP\Activity\IEvent (since 8.2.0): the members this app uses.
 */
interface IEvent {
	public function setApp(string $app): self;

	public function getApp(): string;

	public function setType(string $type): self;

	public function getType(): string;

	public function setAffectedUser(string $affectedUser): self;

	public function getAffectedUser(): string;

	public function setAuthor(string $author): self;

	public function getAuthor(): string;

	public function setTimestamp(int $timestamp): self;

	public function getTimestamp(): int;

	public function setSubject(string $subject, array $parameters = []): self;

	public function getSubject(): string;

	public function getSubjectParameters(): array;

	public function setParsedSubject(string $subject): self;

	public function getParsedSubject(): string;

	public function setRichSubject(string $subject, array $parameters = []): self;

	public function getRichSubject(): string;

	public function getRichSubjectParameters(): array;

	public function setObject(string $objectType, string|int $objectId, string $objectName = ''): self;

	public function getObjectType(): string;

	public function getObjectId(): string|int;

	public function getObjectName(): string;

	public function setLink(string $link): self;

	public function getLink(): string;

	public function setIcon(string $icon): self;

	public function getIcon(): string;
}

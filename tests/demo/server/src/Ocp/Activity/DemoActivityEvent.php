<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Activity;

use OCP\Activity\IEvent;

/**
 * An activity event (Nextcloud's OC\Activity\Event): plain fields with fluent setters.
 */
final class DemoActivityEvent implements IEvent {
	private string $app = '';
	private string $type = '';
	private string $affectedUser = '';
	private string $author = '';
	private int $timestamp = 0;
	private string $subject = '';
	private array $subjectParameters = [];
	private string $parsedSubject = '';
	private string $richSubject = '';
	private array $richSubjectParameters = [];
	private string $objectType = '';
	private string|int $objectId = 0;
	private string $objectName = '';
	private string $link = '';
	private string $icon = '';
	private string $message = '';
	private array $messageParameters = [];
	private string $parsedMessage = '';
	private string $richMessage = '';
	private array $richMessageParameters = [];
	private ?IEvent $child = null;
	private bool $generateNotification = true;

	public function setApp(string $app): IEvent {
		$this->app = $app;
		return $this;
	}

	public function getApp(): string {
		return $this->app;
	}

	public function setType(string $type): IEvent {
		$this->type = $type;
		return $this;
	}

	public function getType(): string {
		return $this->type;
	}

	public function setAffectedUser(string $affectedUser): IEvent {
		$this->affectedUser = $affectedUser;
		return $this;
	}

	public function getAffectedUser(): string {
		return $this->affectedUser;
	}

	public function setAuthor(string $author): IEvent {
		$this->author = $author;
		return $this;
	}

	public function getAuthor(): string {
		return $this->author;
	}

	public function setTimestamp(int $timestamp): IEvent {
		$this->timestamp = $timestamp;
		return $this;
	}

	public function getTimestamp(): int {
		return $this->timestamp;
	}

	public function setSubject(string $subject, array $parameters = []): IEvent {
		$this->subject = $subject;
		$this->subjectParameters = $parameters;
		return $this;
	}

	public function getSubject(): string {
		return $this->subject;
	}

	public function getSubjectParameters(): array {
		return $this->subjectParameters;
	}

	public function setParsedSubject(string $subject): IEvent {
		$this->parsedSubject = $subject;
		return $this;
	}

	public function getParsedSubject(): string {
		return $this->parsedSubject;
	}

	public function setRichSubject(string $subject, array $parameters = []): IEvent {
		$this->richSubject = $subject;
		$this->richSubjectParameters = $parameters;
		return $this;
	}

	public function getRichSubject(): string {
		return $this->richSubject;
	}

	public function getRichSubjectParameters(): array {
		return $this->richSubjectParameters;
	}

	public function setObject(string $objectType, string|int $objectId, string $objectName = ''): IEvent {
		$this->objectType = $objectType;
		$this->objectId = $objectId;
		$this->objectName = $objectName;
		return $this;
	}

	public function getObjectType(): string {
		return $this->objectType;
	}

	public function getObjectId(): string|int {
		return $this->objectId;
	}

	public function getObjectName(): string {
		return $this->objectName;
	}

	public function setLink(string $link): IEvent {
		$this->link = $link;
		return $this;
	}

	public function getLink(): string {
		return $this->link;
	}

	public function setIcon(string $icon): IEvent {
		$this->icon = $icon;
		return $this;
	}

	public function getIcon(): string {
		return $this->icon;
	}

	public function isValid(): bool {
		return $this->app !== '' && $this->type !== '' && $this->affectedUser !== '' && $this->subject !== '' && $this->objectType !== '';
	}

	public function setMessage(string $message, array $parameters = []): IEvent {
		$this->message = $message;
		$this->messageParameters = $parameters;
		return $this;
	}

	public function getMessage(): string {
		return $this->message;
	}

	public function getMessageParameters(): array {
		return $this->messageParameters;
	}

	public function setParsedMessage(string $message): IEvent {
		$this->parsedMessage = $message;
		return $this;
	}

	public function getParsedMessage(): string {
		return $this->parsedMessage;
	}

	public function setRichMessage(string $message, array $parameters = []): IEvent {
		$this->richMessage = $message;
		$this->richMessageParameters = $parameters;
		return $this;
	}

	public function getRichMessage(): string {
		return $this->richMessage;
	}

	public function getRichMessageParameters(): array {
		return $this->richMessageParameters;
	}

	public function setChildEvent(IEvent $child): IEvent {
		$this->child = $child;
		return $this;
	}

	public function getChildEvent() {
		return $this->child;
	}

	/**
	 * As OC\Activity\Event::isValidParsed: a parsed (or rich) subject, and what isValid() asks
	 * apart from the raw subject.
	 */
	public function isValidParsed(): bool {
		if ($this->richSubject !== '' && $this->parsedSubject === '') {
			return false;
		}
		return $this->parsedSubject !== '' && $this->app !== '' && $this->type !== '' && $this->affectedUser !== '' && $this->objectType !== '';
	}

	public function setGenerateNotification(bool $generate): IEvent {
		$this->generateNotification = $generate;
		return $this;
	}

	public function getGenerateNotification(): bool {
		return $this->generateNotification;
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Notification;

use OCP\Notification\IAction;
use OCP\Notification\INotification;

/**
 * A notification as apps build it and notifiers prepare it (Nextcloud's Notification,
 * with its length limits on the stored fields).
 */
final class DemoNotification implements INotification {
	private string $app = '';
	private string $user = '';
	private ?\DateTime $dateTime = null;
	private string $objectType = '';
	private string $objectId = '';
	private string $subject = '';
	private array $subjectParameters = [];
	private string $parsedSubject = '';
	private string $richSubject = '';
	private array $richSubjectParameters = [];
	private string $message = '';
	private array $messageParameters = [];
	private string $parsedMessage = '';
	private string $richMessage = '';
	private array $richMessageParameters = [];
	private string $link = '';
	private string $icon = '';
	private bool $priority = false;
	/** @var list<IAction> */
	private array $actions = [];
	/** @var list<IAction> */
	private array $parsedActions = [];

	public function setApp(string $app): INotification {
		$this->app = self::checked($app, 32, 'app');
		return $this;
	}

	public function getApp(): string {
		return $this->app;
	}

	public function setUser(string $user): INotification {
		$this->user = self::checked($user, 64, 'user');
		return $this;
	}

	public function getUser(): string {
		return $this->user;
	}

	public function setDateTime(\DateTime $dateTime): INotification {
		if ($dateTime->getTimestamp() === 0) {
			throw new \InvalidArgumentException('The given date time is invalid');
		}
		$this->dateTime = $dateTime;
		return $this;
	}

	public function getDateTime(): \DateTime {
		return $this->dateTime ?? new \DateTime('@0');
	}

	public function setObject(string $type, string $id): INotification {
		$this->objectType = self::checked($type, 64, 'object type');
		$this->objectId = self::checked($id, 64, 'object id');
		return $this;
	}

	public function getObjectType(): string {
		return $this->objectType;
	}

	public function getObjectId(): string {
		return $this->objectId;
	}

	public function setSubject(string $subject, array $parameters = []): INotification {
		$this->subject = self::checked($subject, 64, 'subject');
		$this->subjectParameters = $parameters;
		return $this;
	}

	public function getSubject(): string {
		return $this->subject;
	}

	public function getSubjectParameters(): array {
		return $this->subjectParameters;
	}

	public function setParsedSubject(string $subject): INotification {
		$this->parsedSubject = self::checked($subject, PHP_INT_MAX, 'parsed subject');
		return $this;
	}

	public function getParsedSubject(): string {
		return $this->parsedSubject;
	}

	public function setRichSubject(string $subject, array $parameters = []): INotification {
		$this->richSubject = self::checked($subject, PHP_INT_MAX, 'rich subject');
		$this->richSubjectParameters = $parameters;
		return $this;
	}

	public function getRichSubject(): string {
		return $this->richSubject;
	}

	public function getRichSubjectParameters(): array {
		return $this->richSubjectParameters;
	}

	public function setMessage(string $message, array $parameters = []): INotification {
		$this->message = self::checked($message, 64, 'message');
		$this->messageParameters = $parameters;
		return $this;
	}

	public function getMessage(): string {
		return $this->message;
	}

	public function getMessageParameters(): array {
		return $this->messageParameters;
	}

	public function setParsedMessage(string $message): INotification {
		$this->parsedMessage = self::checked($message, PHP_INT_MAX, 'parsed message');
		return $this;
	}

	public function getParsedMessage(): string {
		return $this->parsedMessage;
	}

	public function setRichMessage(string $message, array $parameters = []): INotification {
		$this->richMessage = self::checked($message, PHP_INT_MAX, 'rich message');
		$this->richMessageParameters = $parameters;
		return $this;
	}

	public function getRichMessage(): string {
		return $this->richMessage;
	}

	public function getRichMessageParameters(): array {
		return $this->richMessageParameters;
	}

	public function setLink(string $link): INotification {
		$this->link = self::checked($link, 4000, 'link');
		return $this;
	}

	public function getLink(): string {
		return $this->link;
	}

	public function setIcon(string $icon): INotification {
		$this->icon = self::checked($icon, 4000, 'icon');
		return $this;
	}

	public function getIcon(): string {
		return $this->icon;
	}

	public function setPriorityNotification(bool $priorityNotification): INotification {
		$this->priority = $priorityNotification;
		return $this;
	}

	public function isPriorityNotification(): bool {
		return $this->priority;
	}

	public function createAction(): IAction {
		return new DemoAction();
	}

	public function addAction(IAction $action): INotification {
		if (!$action->isValid()) {
			throw new \InvalidArgumentException('The given action is invalid');
		}
		$this->actions[] = $action;
		return $this;
	}

	public function getActions(): array {
		return $this->actions;
	}

	public function addParsedAction(IAction $action): INotification {
		if (!$action->isValidParsed()) {
			throw new \InvalidArgumentException('The given parsed action is invalid');
		}
		// As in Nextcloud: the primary action comes first.
		if ($action->isPrimary()) {
			array_unshift($this->parsedActions, $action);
		} else {
			$this->parsedActions[] = $action;
		}
		return $this;
	}

	public function getParsedActions(): array {
		return $this->parsedActions;
	}

	public function isValid(): bool {
		return $this->app !== '' && $this->user !== '' && $this->dateTime !== null
			&& $this->objectType !== '' && $this->objectId !== '' && $this->subject !== '';
	}

	public function isValidParsed(): bool {
		return $this->app !== '' && $this->user !== '' && $this->dateTime !== null
			&& $this->objectType !== '' && $this->objectId !== ''
			&& ($this->parsedSubject !== '' || $this->richSubject !== '');
	}

	private static function checked(string $value, int $maxLength, string $what): string {
		if ($value === '' || mb_strlen($value) > $maxLength) {
			throw new \InvalidArgumentException('The given ' . $what . ' is invalid');
		}
		return $value;
	}
}

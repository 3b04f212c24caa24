<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Ocp\Notification;

use OCP\Notification\IAction;

/**
 * One button of a notification, with the validation rules of Nextcloud's Action.
 */
final class DemoAction implements IAction {
	private const REQUEST_TYPES = [self::TYPE_GET, self::TYPE_POST, self::TYPE_PUT, self::TYPE_DELETE, self::TYPE_WEB];

	private string $label = '';
	private string $parsedLabel = '';
	private bool $primary = false;
	private string $link = '';
	private string $requestType = '';

	public function setLabel(string $label): IAction {
		if ($label === '' || mb_strlen($label) > 32) {
			throw new \InvalidArgumentException('The given label is invalid');
		}
		$this->label = $label;
		return $this;
	}

	public function getLabel(): string {
		return $this->label;
	}

	public function setParsedLabel(string $label): IAction {
		if ($label === '') {
			throw new \InvalidArgumentException('The given parsed label is invalid');
		}
		$this->parsedLabel = $label;
		return $this;
	}

	public function getParsedLabel(): string {
		return $this->parsedLabel;
	}

	public function setPrimary(bool $primary): IAction {
		$this->primary = $primary;
		return $this;
	}

	public function isPrimary(): bool {
		return $this->primary;
	}

	public function setLink(string $link, string $requestType): IAction {
		if ($link === '' || mb_strlen($link) > 256) {
			throw new \InvalidArgumentException('The given link is invalid');
		}
		if (!in_array($requestType, self::REQUEST_TYPES, true)) {
			throw new \InvalidArgumentException('The given request type is invalid');
		}
		$this->link = $link;
		$this->requestType = $requestType;
		return $this;
	}

	public function getLink(): string {
		return $this->link;
	}

	public function getRequestType(): string {
		return $this->requestType;
	}

	public function isValid(): bool {
		return $this->label !== '' && $this->link !== '';
	}

	public function isValidParsed(): bool {
		return $this->parsedLabel !== '' && $this->link !== '';
	}

	/**
	 * @return array{label: string, link: string, type: string, primary: bool}
	 */
	public function toStored(): array {
		return ['label' => $this->label, 'link' => $this->link, 'type' => $this->requestType, 'primary' => $this->primary];
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Http;

use OCP\AppFramework\Http;

/**
 * Signature stub of OCP\AppFramework\Http\TemplateResponse (since 6.0.0). The stub
 * does not render: a host renders templates/<templateName>.php with getParams().
 *
 * @template S of int
 * @template H of array<string, mixed>
 * @template-extends Response<int, array<string, mixed>>
 */
class TemplateResponse extends Response {
	public const RENDER_AS_GUEST = 'guest';
	public const RENDER_AS_BLANK = '';
	public const RENDER_AS_BASE = 'base';
	public const RENDER_AS_USER = 'user';
	public const RENDER_AS_ERROR = 'error';
	public const RENDER_AS_PUBLIC = 'public';

	/** @var string */
	protected $templateName;
	/** @var array */
	protected $params;
	/** @var string */
	protected $renderAs;
	/** @var string */
	protected $appName;

	/**
	 * @param string $appName the name of the app to load the template from
	 * @param string $templateName the name of the template
	 * @param array $params an array of parameters which should be passed to the template
	 * @param string $renderAs how the page should be rendered, defaults to user
	 * @param S $status
	 * @param H $headers
	 */
	public function __construct(string $appName, string $templateName, array $params = [], string $renderAs = self::RENDER_AS_USER, int $status = Http::STATUS_OK, array $headers = []) {
		parent::__construct($status, $headers);
		$this->templateName = $templateName;
		$this->appName = $appName;
		$this->params = $params;
		$this->renderAs = $renderAs;
	}

	/**
	 * @return $this
	 */
	public function setParams(array $params) {
		$this->params = $params;
		return $this;
	}

	/**
	 * @return array
	 */
	public function getParams() {
		return $this->params;
	}

	/**
	 * @return string
	 */
	public function getApp(): string {
		return $this->appName;
	}

	/**
	 * @return string
	 */
	public function getTemplateName() {
		return $this->templateName;
	}

	/**
	 * @return $this
	 */
	public function renderAs($renderAs) {
		$this->renderAs = $renderAs;
		return $this;
	}

	/**
	 * @return string
	 */
	public function getRenderAs() {
		return $this->renderAs;
	}
}

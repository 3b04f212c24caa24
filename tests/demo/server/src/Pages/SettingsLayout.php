<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Pages;

use OCA\VideoVerification\Demo\Environment;
use OCA\VideoVerification\Demo\Http\HttpResponse;
use OCP\Settings\ISettings;

/**
 * Core's settings pages: an app's ISettings form rendered from the app's own template, inside
 * the navigation of its settings area.
 */
final class SettingsLayout {
	private const AREAS = [
		'admin' => 'Administration settings',
		'user' => 'Personal settings',
	];

	public function __construct(
		private readonly PageAssembler $pages,
		private readonly TemplateRenderer $templates,
		private readonly Environment $env,
	) {
	}

	/**
	 * @return array{app: string, html: string}
	 */
	public function renderForm(ISettings $settings): array {
		$form = $settings->getForm();
		$file = $this->env->repoRoot . '/templates/' . $form->getTemplateName() . '.php';
		$html = (static function (string $__file, array $_): string {
			ob_start();
			include $__file;
			return (string)ob_get_clean();
		})($file, $form->getParams());
		return ['app' => $form->getApp(), 'html' => $html];
	}

	/**
	 * @param 'admin'|'user' $area
	 * @param array<string, string> $sections section id => name
	 */
	public function page(string $area, string $title, string $active, array $sections, string $content): HttpResponse {
		$body = $this->templates->render('settings', [
			'area' => $area,
			'label' => self::AREAS[$area],
			'active' => $active,
			'sections' => $sections,
			'content' => $content,
		]);
		return $this->pages->page('user', $title . ' – ' . self::AREAS[$area], $body, 'body-settings', [], [], 200, 'settings');
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Capabilities;

use OCA\VideoVerification\Demo\Talk\TalkCapabilities;
use OCP\App\IAppManager;

/**
 * What the server announces in `/ocs/v2.php/cloud/capabilities` and in the pages' initial
 * state `core/capabilities`: core, files_sharing and (when installed) Talk.
 */
final class ServerCapabilities {
	public function __construct(
		private readonly IAppManager $appManager,
		private readonly TalkCapabilities $talk,
	) {
	}

	/**
	 * @return array<string, mixed>
	 */
	public function capabilities(): array {
		$capabilities = [
			'core' => ['pollinterval' => 60, 'webdav-root' => 'remote.php/webdav', 'reference-api' => true, 'reference-regex' => '(\s|\n|^)(https?:\/\/)((?:[-A-Z0-9+_]+\.)+[-A-Z]+(?:\/[-A-Z0-9+&@#%?=~_|!:,.;()]*)*)(\s|\n|$)', 'mod-rewrite-working' => false],
			'files_sharing' => [
				'api_enabled' => true,
				'public' => ['enabled' => true, 'password' => ['enforced' => false, 'askForOptionalPassword' => false], 'expire_date' => ['enabled' => false], 'send_mail' => false, 'upload' => true],
				'user' => ['send_mail' => false, 'expire_date' => ['enabled' => true]],
				'resharing' => true,
				'sharebymail' => ['enabled' => true, 'send_password_by_mail' => true, 'upload_files_drop' => ['enabled' => true], 'password' => ['enabled' => true, 'enforced' => false], 'expire_date' => ['enabled' => true, 'enforced' => false]],
			],
		];
		if ($this->appManager->isInstalled('spreed')) {
			$capabilities['spreed'] = $this->talk->capabilities();
		}
		return $capabilities;
	}

	/**
	 * @return array{major: int, minor: int, micro: int, string: string, edition: string, extendedSupport: bool}
	 */
	public function version(): array {
		return ['major' => 34, 'minor' => 0, 'micro' => 3, 'string' => '34.0.3', 'edition' => '', 'extendedSupport' => false];
	}
}

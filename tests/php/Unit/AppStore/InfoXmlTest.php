<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\AppStore;

use PHPUnit\Framework\TestCase;

/**
 * appinfo/info.xml against the rules of the App Store's schema
 * (nextcloud/appstore nextcloudappstore/api/v1/release/info.xsd) and of our release:
 * element order, required elements, id, version, licence, category, URLs, screenshots,
 * dependencies (Nextcloud 33 to 35, PHP 8.2), settings classes that exist.
 */
class InfoXmlTest extends TestCase {
	private const INFO_XML = __DIR__ . '/../../../../appinfo/info.xml';

	/** The top-level elements in the order the schema's sequence demands */
	private const ORDER = [
		'id', 'name', 'summary', 'description', 'version', 'licence', 'author', 'namespace', 'types',
		'documentation', 'category', 'website', 'discussion', 'bugs', 'repository', 'screenshot', 'donation',
		'dependencies', 'background-jobs', 'repair-steps', 'two-factor-providers', 'commands', 'settings',
		'activity', 'navigations', 'contactsmenu', 'collaboration', 'sabre', 'trash', 'versions', 'openmetrics',
	];
	private const REQUIRED = ['id', 'name', 'summary', 'description', 'version', 'licence', 'author', 'category', 'bugs', 'dependencies'];
	private const SINGLE = ['id', 'version', 'namespace', 'types', 'documentation', 'website', 'discussion', 'bugs', 'repository', 'dependencies', 'settings'];
	private const CATEGORIES = ['security', 'customization', 'files', 'integration', 'monitoring', 'multimedia', 'office', 'organization', 'social', 'tools', 'games', 'ai', 'dashboard', 'search', 'workflow'];
	private const LICENCES = ['agpl', 'mpl', 'apache', 'AGPL-3.0-or-later', 'AGPL-3.0-only', 'MPL-2.0', 'Apache-2.0', 'MIT', 'GPL-3.0-or-later'];

	public const SCREENSHOT_BASE = 'https://raw.githubusercontent.com/video-verification/video_verification/main/docs/screenshots/';

	private \SimpleXMLElement $info;

	protected function setUp(): void {
		$info = simplexml_load_file(self::INFO_XML, \SimpleXMLElement::class, LIBXML_NOCDATA);
		$this->assertNotFalse($info, 'info.xml is well-formed XML');
		$this->info = $info;
	}

	public function testTheRootIsInfo(): void {
		$this->assertSame('info', $this->info->getName());
	}

	public function testElementsAreKnownInTheSchemasOrderAndRequiredOnesPresent(): void {
		$names = array_map(static fn (\SimpleXMLElement $e): string => $e->getName(), iterator_to_array($this->info->children(), false));

		$unknown = array_values(array_diff($names, self::ORDER));
		$this->assertSame([], $unknown, 'elements the schema does not know');
		$positions = array_map(static fn (string $name): int => (int)array_search($name, self::ORDER, true), $names);
		$sorted = $positions;
		sort($sorted);
		$this->assertSame($sorted, $positions, 'order: ' . implode(', ', $names));
		foreach (self::REQUIRED as $required) {
			$this->assertContains($required, $names, "<$required> is required");
		}
		foreach (array_count_values($names) as $name => $count) {
			if (in_array($name, self::SINGLE, true)) {
				$this->assertSame(1, $count, "<$name> at most once");
			}
		}
		$this->assertLessThanOrEqual(10, array_count_values($names)['screenshot'] ?? 0, 'at most 10 screenshots');
	}

	public function testIdMatchesTheSchemaAndTheFolderAndTheCode(): void {
		$id = (string)$this->info->id;
		$this->assertMatchesRegularExpression('/^[a-z]+[a-z0-9_]*[a-z0-9]+$/', $id);
		$this->assertSame(\OCA\VideoVerification\AppInfo\Application::APP_ID, $id);
		$this->assertSame('VideoVerification', (string)$this->info->namespace);
	}

	public function testTextsAreWithinTheSchemasLimits(): void {
		foreach (['name' => 128, 'summary' => 128] as $element => $max) {
			foreach ($this->info->{$element} as $text) {
				$this->assertNotSame('', trim((string)$text));
				$this->assertLessThanOrEqual($max, mb_strlen((string)$text), "<$element> at most $max characters");
			}
		}
		$this->assertGreaterThan(100, mb_strlen(trim((string)$this->info->description)), 'a real description');
		$langs = [];
		foreach (['name', 'summary', 'description'] as $element) {
			foreach ($this->info->{$element} as $text) {
				$langs[$element][] = (string)($text['lang'] ?? 'en');
			}
			$this->assertSame(array_unique($langs[$element]), $langs[$element], "one <$element> per language");
		}
	}

	public function testVersionIsSemverAndMatchesPackageJsonAndTheChangelog(): void {
		$version = (string)$this->info->version;
		$this->assertMatchesRegularExpression('/^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/', $version);
		$package = json_decode((string)file_get_contents(dirname(self::INFO_XML, 2) . '/package.json'), true);
		$this->assertSame($version, $package['version'], 'info.xml and package.json say the same version');
		$this->assertStringContainsString("## $version", (string)file_get_contents(dirname(self::INFO_XML, 2) . '/CHANGELOG.md'), 'CHANGELOG.md has an entry for the version');
	}

	public function testLicenceAuthorAndCategory(): void {
		foreach ($this->info->licence as $licence) {
			$this->assertContains((string)$licence, self::LICENCES);
		}
		$this->assertSame('agpl', (string)$this->info->licence, 'AGPL, like the SPDX headers');
		foreach ($this->info->author as $author) {
			$this->assertNotSame('', trim((string)$author));
			$this->assertLessThanOrEqual(256, mb_strlen((string)$author));
			if (isset($author['mail'])) {
				$this->assertMatchesRegularExpression('/^[^@]+@[^.]+\..+$/', (string)$author['mail']);
			}
			if (isset($author['homepage'])) {
				$this->assertMatchesRegularExpression('#^https?://.+#', (string)$author['homepage']);
			}
		}
		$this->assertNotEmpty($this->info->category);
		foreach ($this->info->category as $category) {
			$this->assertContains((string)$category, self::CATEGORIES);
		}
	}

	public function testUrlsAreHttpsAndPointAtTheRepository(): void {
		$repository = (string)$this->info->repository;
		$this->assertMatchesRegularExpression('#^https://.{1,250}$#', $repository);
		$this->assertContains((string)($this->info->repository['type'] ?? 'git'), ['git', 'mercurial', 'subversion', 'bzr']);
		$this->assertMatchesRegularExpression('#^https://.{1,250}$#', (string)$this->info->bugs);
		$this->assertStringStartsWith($repository, (string)$this->info->bugs, 'issues live in our repository');
		foreach (['website', 'discussion'] as $element) {
			if (isset($this->info->{$element})) {
				$this->assertMatchesRegularExpression('#^https?://.{1,250}$#', (string)$this->info->{$element});
			}
		}
	}

	public function testScreenshotsAreHttpsUrlsOfPngFilesOfTheRepository(): void {
		foreach ($this->info->screenshot as $screenshot) {
			$url = (string)$screenshot;
			$this->assertStringStartsWith(self::SCREENSHOT_BASE, $url, 'make appstore puts them where these URLs point (docs/screenshots on main)');
			$this->assertMatchesRegularExpression('#^https://\S{1,250}\.png$#', $url, 'the App Store needs HTTPS image URLs');
			if (isset($screenshot['small-thumbnail'])) {
				$this->assertMatchesRegularExpression('#^https://\S+$#', (string)$screenshot['small-thumbnail']);
			}
		}
		$this->assertGreaterThanOrEqual(3, count($this->info->screenshot), 'the share option, the sidebar and the call');
	}

	public function testDependenciesNameNextcloud33To35AndPhp82(): void {
		$dependencies = $this->info->dependencies;
		$names = array_map(static fn (\SimpleXMLElement $e): string => $e->getName(), iterator_to_array($dependencies->children(), false));
		$order = ['php', 'database', 'command', 'lib', 'nextcloud', 'backend', 'architecture'];
		$positions = array_map(static fn (string $n): int|false => array_search($n, $order, true), $names);
		$this->assertNotContains(false, $positions, 'known dependency elements: ' . implode(', ', $names));
		$sorted = $positions;
		sort($sorted);
		$this->assertSame($sorted, $positions, 'dependency order: ' . implode(', ', $names));

		$this->assertSame('8.2', (string)$dependencies->php['min-version']);
		$this->assertSame('33', (string)$dependencies->nextcloud['min-version']);
		$this->assertSame('35', (string)$dependencies->nextcloud['max-version'], 'the App Store wants a max-version');
		$composer = json_decode((string)file_get_contents(dirname(self::INFO_XML, 2) . '/composer.json'), true);
		$this->assertSame('>=8.2', $composer['require']['php'], 'composer.json asks for the same PHP');
	}

	public function testSettingsClassesExist(): void {
		foreach ($this->info->settings->children() as $class) {
			$this->assertTrue(class_exists((string)$class), (string)$class . ' exists');
		}
	}
}

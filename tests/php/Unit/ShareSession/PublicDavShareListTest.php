<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\ShareSession;

use OCA\VideoVerification\Service\ShareSession\PublicDavShareList;
use OCA\VideoVerification\Tests\Unit\Request\InMemorySession;
use PHPUnit\Framework\TestCase;

/**
 * 'public_link_authenticated' as Nextcloud 31.0.11+ keeps it: a list of share ids that we
 * append our id to and take only our id out of (apps/dav Connector/Sabre/PublicAuth.php).
 */
class PublicDavShareListTest extends TestCase {
	private InMemorySession $session;

	protected function setUp(): void {
		$this->session = new InMemorySession('browser');
	}

	public function testAddingToAnEmptySessionMakesAListOfOne(): void {
		PublicDavShareList::add($this->session, '7');

		$this->assertSame(['7'], $this->session->get('public_link_authenticated'));
		$this->assertTrue(PublicDavShareList::contains($this->session, '7'));
	}

	public function testAddingKeepsEveryOtherEntryAsItWas(): void {
		$this->session->set('public_link_authenticated', ['3', 4]);

		PublicDavShareList::add($this->session, '7');

		$this->assertSame(['3', 4, '7'], $this->session->get('public_link_authenticated'));
	}

	public function testAnIntegerIdOfTheSameShareIsNotAddedTwice(): void {
		$this->session->set('public_link_authenticated', [7]);

		PublicDavShareList::add($this->session, '7');

		$this->assertSame([7], $this->session->get('public_link_authenticated'));
	}

	public function testAnOldSingleIdIsNotAListForPublicWebDav(): void {
		$this->session->set('public_link_authenticated', '7');

		$this->assertFalse(PublicDavShareList::contains($this->session, '7'), 'as isShareInSession: only an array counts');
	}

	public function testGarbageIsReplacedByTheList(): void {
		$this->session->set('public_link_authenticated', true);

		PublicDavShareList::add($this->session, '7');

		$this->assertSame(['7'], $this->session->get('public_link_authenticated'));
	}

	public function testRemovingTakesOutOnlyOurIdAndRenumbers(): void {
		$this->session->set('public_link_authenticated', ['3', '7', 9]);

		PublicDavShareList::remove($this->session, '7');

		$this->assertSame(['3', 9], $this->session->get('public_link_authenticated'));
	}

	public function testRemovingAnIdThatIsNotThereChangesNothing(): void {
		$this->session->set('public_link_authenticated', ['3']);
		PublicDavShareList::remove($this->session, '7');
		$this->assertSame(['3'], $this->session->get('public_link_authenticated'));

		$this->session->set('public_link_authenticated', 'not a list');
		PublicDavShareList::remove($this->session, '7');
		$this->assertSame('not a list', $this->session->get('public_link_authenticated'));

		$this->session->remove('public_link_authenticated');
		PublicDavShareList::remove($this->session, '7');
		$this->assertFalse($this->session->exists('public_link_authenticated'));
	}
}

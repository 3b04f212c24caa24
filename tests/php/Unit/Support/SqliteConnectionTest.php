<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Support;

use OCA\VideoVerification\Tests\Support\Db\SqliteConnection;
use OCP\DB\Exception;
use OCP\DB\QueryBuilder\IQueryBuilder;
use PHPUnit\Framework\TestCase;

/**
 * The SQLite stand-in behaves like Nextcloud's connection where our code and the demo
 * rely on it.
 */
class SqliteConnectionTest extends TestCase {
	private SqliteConnection $db;

	protected function setUp(): void {
		parent::setUp();
		$this->db = new SqliteConnection(':memory:');
		$this->db->executeStatement('CREATE TABLE `*PREFIX*items` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(64) NOT NULL UNIQUE, `size` INTEGER, `flag` BOOLEAN)');
	}

	public function testTablesGetTheOcPrefix(): void {
		$this->assertTrue($this->db->tableExists('items'));
		$this->assertSame(1, (int)$this->db->executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'oc_items'")->fetchOne());
	}

	public function testInsertSelectUpdateDeleteThroughTheQueryBuilder(): void {
		$insert = $this->db->getQueryBuilder();
		$insert->insert('items')->values([
			'name' => $insert->createNamedParameter('Contract.pdf'),
			'size' => $insert->createNamedParameter(42, IQueryBuilder::PARAM_INT),
			'flag' => $insert->createNamedParameter(false, IQueryBuilder::PARAM_BOOL),
		]);
		$this->assertSame(1, $insert->executeStatement());
		$id = $insert->getLastInsertId();

		$update = $this->db->getQueryBuilder();
		$update->update('items')
			->set('size', $update->createNamedParameter(43, IQueryBuilder::PARAM_INT))
			->where($update->expr()->eq('id', $update->createNamedParameter($id, IQueryBuilder::PARAM_INT)));
		$this->assertSame(1, $update->executeStatement());

		$select = $this->db->getQueryBuilder();
		$select->select('name', 'size', 'flag')->from('items', 'i')
			->where($select->expr()->in('i.id', $select->createNamedParameter([$id, 999], IQueryBuilder::PARAM_INT_ARRAY)));
		$row = $select->executeQuery()->fetchAssociative();
		$this->assertSame('Contract.pdf', $row['name']);
		$this->assertSame(43, (int)$row['size']);
		$this->assertFalse((bool)$row['flag']);

		$delete = $this->db->getQueryBuilder();
		$delete->delete('items')->where($delete->expr()->eq('name', $delete->createNamedParameter('Contract.pdf')));
		$this->assertSame(1, $delete->executeStatement());
	}

	public function testLikeIsCaseSensitiveAndILikeIsNot(): void {
		$this->db->executeStatement('INSERT INTO `*PREFIX*items` (`name`) VALUES (?)', ['Contract.pdf']);
		$qb = $this->db->getQueryBuilder();
		$qb->select('name')->from('items')->where($qb->expr()->like('name', $qb->createNamedParameter('contract%')));
		$this->assertFalse($qb->executeQuery()->fetchOne());

		$qb = $this->db->getQueryBuilder();
		$qb->select('name')->from('items')->where($qb->expr()->iLike('name', $qb->createNamedParameter('contract%')));
		$this->assertSame('Contract.pdf', $qb->executeQuery()->fetchOne());
	}

	public function testAUniqueViolationHasItsReason(): void {
		$this->db->executeStatement('INSERT INTO `*PREFIX*items` (`name`) VALUES (?)', ['a']);
		try {
			$this->db->executeStatement('INSERT INTO `*PREFIX*items` (`name`) VALUES (?)', ['a']);
			$this->fail('duplicate accepted');
		} catch (Exception $e) {
			$this->assertSame(Exception::REASON_UNIQUE_CONSTRAINT_VIOLATION, $e->getReason());
		}
	}

	public function testSelectStatementsRefuseExecuteStatement(): void {
		$qb = $this->db->getQueryBuilder();
		$qb->select('name')->from('items');

		$this->expectException(\RuntimeException::class);
		$qb->executeStatement();
	}

	public function testTransactionsRollBack(): void {
		$this->db->beginTransaction();
		$this->db->executeStatement('INSERT INTO `*PREFIX*items` (`name`) VALUES (?)', ['a']);
		$this->db->rollBack();

		$this->assertSame(0, (int)$this->db->executeQuery('SELECT COUNT(*) FROM `*PREFIX*items`')->fetchOne());
	}

	public function testInsertIfNotExistAndSetValues(): void {
		$this->assertSame(1, $this->db->insertIfNotExist('items', ['name' => 'a', 'size' => 1], ['name']));
		$this->assertSame(0, $this->db->insertIfNotExist('items', ['name' => 'a', 'size' => 2], ['name']));

		$this->assertSame(0, $this->db->setValues('items', ['name' => 'a'], ['size' => 5]));
		$this->assertSame(1, $this->db->setValues('items', ['name' => 'b'], ['size' => 6]));
		$this->assertSame(5, (int)$this->db->executeQuery('SELECT `size` FROM `*PREFIX*items` WHERE `name` = ?', ['a'])->fetchOne());
	}

	public function testAFileDatabaseIsSharedBetweenConnections(): void {
		$path = tempnam(sys_get_temp_dir(), 'vv-sqlite-');
		try {
			$first = new SqliteConnection($path);
			$first->executeStatement('CREATE TABLE `*PREFIX*kv` (`k` VARCHAR(8) PRIMARY KEY, `v` VARCHAR(8))');
			$first->executeStatement('INSERT INTO `*PREFIX*kv` VALUES (?, ?)', ['a', 'b']);

			$second = new SqliteConnection($path);
			$this->assertSame('b', $second->executeQuery('SELECT `v` FROM `*PREFIX*kv`')->fetchOne());
		} finally {
			unlink($path);
		}
	}
}

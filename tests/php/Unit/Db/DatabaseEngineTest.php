<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Db;

use OCA\VideoVerification\Tests\Support\Db\DoctrineConnection;
use OCA\VideoVerification\Tests\Support\Db\SchemaWrapper;
use OCA\VideoVerification\Tests\Support\Db\TestDatabase;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;
use PHPUnit\Framework\TestCase;

/**
 * What the mappers rely on from every engine of the matrix (tests/db/run-matrix.sh runs
 * this on SQLite, PostgreSQL and MariaDB): the engine asked for, ids, paging through the
 * query builder, byte-exact text.
 */
class DatabaseEngineTest extends TestCase {
	private DoctrineConnection $db;

	protected function setUp(): void {
		parent::setUp();
		$this->db = TestDatabase::connect();
		$schema = new SchemaWrapper($this->db);
		$table = $schema->createTable('vv_engine_probe');
		$table->addColumn('id', 'bigint', ['autoincrement' => true, 'notnull' => true]);
		$table->addColumn('label', 'string', ['notnull' => true, 'length' => 64]);
		$table->setPrimaryKey(['id']);
		$table->addIndex(['label'], 'vv_engine_probe_label');
		$this->db->migrateToSchema($schema->getWrappedSchema());
	}

	public function testRunsOnTheEngineTheMatrixAskedFor(): void {
		$expected = [
			'sqlite' => IDBConnection::PLATFORM_SQLITE,
			'pgsql' => IDBConnection::PLATFORM_POSTGRES,
			'mysql' => IDBConnection::PLATFORM_MYSQL,
		][TestDatabase::engine()];
		$this->assertSame($expected, $this->db->getDatabaseProvider());
	}

	public function testHandsOutTheIdOfEachInsertedRow(): void {
		$first = $this->insert('first');
		$second = $this->insert('second');

		$this->assertGreaterThan(0, $first);
		$this->assertSame($first + 1, $second);
		$query = $this->select();
		$query->where($query->expr()->eq('id', $query->createNamedParameter($second, IQueryBuilder::PARAM_INT)));
		$this->assertSame(['second'], $this->labels($query));
	}

	public function testPagesWithLimitAndOffsetThroughTheQueryBuilder(): void {
		foreach (['a', 'b', 'c', 'd', 'e'] as $label) {
			$this->insert($label);
		}

		$page = $this->select()->orderBy('id', 'ASC')->setFirstResult(1)->setMaxResults(2);

		$this->assertSame(['b', 'c'], $this->labels($page));
	}

	public function testComparesTextByteForByte(): void {
		$this->insert('Zoë 🎥');
		$this->insert('zoë 🎥');

		$query = $this->select();
		$query->where($query->expr()->eq('label', $query->createNamedParameter('Zoë 🎥')));

		$this->assertSame(['Zoë 🎥'], $this->labels($query));
	}

	private function insert(string $label): int {
		$insert = $this->db->getQueryBuilder();
		$insert->insert('vv_engine_probe')->values(['label' => $insert->createNamedParameter($label)]);
		$insert->executeStatement();
		return $insert->getLastInsertId();
	}

	private function select(): IQueryBuilder {
		return $this->db->getQueryBuilder()->select('label')->from('vv_engine_probe');
	}

	/**
	 * @return list<string>
	 */
	private function labels(IQueryBuilder $query): array {
		$result = $query->executeQuery();
		$labels = array_map('strval', $result->fetchFirstColumn());
		$result->closeCursor();
		return $labels;
	}
}

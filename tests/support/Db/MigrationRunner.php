<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use OCP\Migration\IMigrationStep;

/**
 * Applies an app's migration steps (lib/Migration/Version*.php) to a DoctrineConnection
 * the way Nextcloud's MigrationService does: in version order, each step once
 * (remembered in oc_migrations), pre/change/post phases, and the schema checked
 * against Nextcloud's cross-database rules before it is applied.
 */
final class MigrationRunner {
	private const MIGRATIONS_TABLE = 'migrations';

	/** @var callable(class-string): IMigrationStep */
	private $stepFactory;

	/**
	 * @param callable(class-string): IMigrationStep|null $stepFactory builds a step (default: new $class())
	 */
	public function __construct(
		private DoctrineConnection $connection,
		private string $appId = 'video_verification',
		private string $namespace = 'OCA\\VideoVerification\\Migration',
		private ?string $migrationsDirectory = null,
		?callable $stepFactory = null,
	) {
		$this->migrationsDirectory ??= dirname(__DIR__, 3) . '/lib/Migration';
		$this->stepFactory = $stepFactory ?? fn (string $class): IMigrationStep => $this->construct($class);
	}

	/**
	 * @return list<string> the versions applied by this call
	 */
	public function migrate(): array {
		$this->ensureMigrationsTable();
		$done = $this->appliedVersions();
		$applied = [];
		foreach ($this->availableVersions() as $version => $class) {
			if (in_array($version, $done, true)) {
				continue;
			}
			$this->apply(($this->stepFactory)($class));
			$this->remember($version);
			$applied[] = $version;
		}
		return $applied;
	}

	/**
	 * Whether every migration has been applied: one read, nothing written, no lock (the demo
	 * host asks this on every request and migrates under its lock only when the answer is no).
	 */
	public function isUpToDate(): bool {
		try {
			// One query; not tableExists(), whose schema introspection costs PostgreSQL more
			// than the request it would run in.
			$applied = $this->appliedVersions();
		} catch (\Exception) {
			// No migrations table yet
			return false;
		}
		return array_diff(array_map('strval', array_keys($this->availableVersions())), $applied) === [];
	}

	/**
	 * @return array<string, class-string> version => class, in the order Nextcloud applies them
	 */
	public function availableVersions(): array {
		$versions = [];
		foreach (glob($this->migrationsDirectory . '/Version*.php') ?: [] as $file) {
			$class = basename($file, '.php');
			$versions[substr($class, strlen('Version'))] = $this->namespace . '\\' . $class;
		}
		uksort($versions, 'strnatcmp');
		return $versions;
	}

	public function apply(IMigrationStep $step): void {
		$output = new BufferedOutput();
		$options = ['tablePrefix' => $this->connection->getPrefix()];
		$step->preSchemaChange($output, fn () => new SchemaWrapper($this->connection), $options);

		$before = $this->connection->createSchema();
		$changed = $step->changeSchema($output, fn () => new SchemaWrapper($this->connection), $options);
		if ($changed instanceof SchemaWrapper) {
			SchemaRules::assertValid($before, $changed->getWrappedSchema(), $this->connection->getPrefix());
			$this->connection->migrateToSchema($changed->getWrappedSchema());
		}

		$step->postSchemaChange($output, fn () => new SchemaWrapper($this->connection), $options);
	}

	/**
	 * Nextcloud builds steps with its DI container; the only service our steps ask for
	 * is the database connection.
	 *
	 * @param class-string $class
	 */
	private function construct(string $class): IMigrationStep {
		$constructor = (new \ReflectionClass($class))->getConstructor();
		$arguments = [];
		foreach ($constructor?->getParameters() ?? [] as $parameter) {
			$type = $parameter->getType();
			if (!$type instanceof \ReflectionNamedType || $type->getName() !== \OCP\IDBConnection::class) {
				throw new \LogicException($class . ' asks for ' . $type . ', which the runner cannot give');
			}
			$arguments[] = $this->connection;
		}
		return new $class(...$arguments);
	}

	private function ensureMigrationsTable(): void {
		if ($this->connection->tableExists(self::MIGRATIONS_TABLE)) {
			return;
		}
		$schema = new SchemaWrapper($this->connection);
		$table = $schema->createTable(self::MIGRATIONS_TABLE);
		$table->addColumn('app', 'string', ['notnull' => true, 'length' => 255]);
		$table->addColumn('version', 'string', ['notnull' => true, 'length' => 255]);
		$table->setPrimaryKey(['app', 'version']);
		$this->connection->migrateToSchema($schema->getWrappedSchema());
	}

	/**
	 * @return list<string>
	 */
	private function appliedVersions(): array {
		$qb = $this->connection->getQueryBuilder();
		$qb->select('version')
			->from(self::MIGRATIONS_TABLE)
			->where($qb->expr()->eq('app', $qb->createNamedParameter($this->appId)));
		$result = $qb->executeQuery();
		$versions = array_map('strval', $result->fetchFirstColumn());
		$result->closeCursor();
		return $versions;
	}

	private function remember(string $version): void {
		$qb = $this->connection->getQueryBuilder();
		$qb->insert(self::MIGRATIONS_TABLE)
			->values([
				'app' => $qb->createNamedParameter($this->appId),
				'version' => $qb->createNamedParameter($version),
			]);
		$qb->executeStatement();
	}
}

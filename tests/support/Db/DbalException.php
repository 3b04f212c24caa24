<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Support\Db;

use Doctrine\DBAL\Exception as DbalBaseException;
use Doctrine\DBAL\Exception\ConnectionLost;
use Doctrine\DBAL\Exception\ConstraintViolationException;
use Doctrine\DBAL\Exception\DatabaseObjectExistsException;
use Doctrine\DBAL\Exception\DatabaseObjectNotFoundException;
use Doctrine\DBAL\Exception\DeadlockException;
use Doctrine\DBAL\Exception\DriverException;
use Doctrine\DBAL\Exception\ForeignKeyConstraintViolationException;
use Doctrine\DBAL\Exception\InvalidArgumentException;
use Doctrine\DBAL\Exception\InvalidFieldNameException;
use Doctrine\DBAL\Exception\LockWaitTimeoutException;
use Doctrine\DBAL\Exception\NonUniqueFieldNameException;
use Doctrine\DBAL\Exception\NotNullConstraintViolationException;
use Doctrine\DBAL\Exception\ServerException;
use Doctrine\DBAL\Exception\SyntaxErrorException;
use Doctrine\DBAL\Exception\UniqueConstraintViolationException;
use OCP\DB\Exception;

/**
 * A Doctrine exception wrapped as OCP\DB\Exception, with the reason Nextcloud's
 * OC\DB\Exceptions\DbalException derives from the Doctrine exception class.
 */
final class DbalException extends Exception {
	public static function wrap(DbalBaseException $original): self {
		return new self($original->getMessage(), (int)$original->getCode(), $original);
	}

	public function getReason(): ?int {
		$original = $this->getPrevious();
		// Most specific classes first: several extend each other.
		return match (true) {
			$original instanceof ConnectionLost => parent::REASON_CONNECTION_LOST,
			$original instanceof DeadlockException => parent::REASON_DEADLOCK,
			$original instanceof LockWaitTimeoutException => parent::REASON_LOCK_WAIT_TIMEOUT,
			$original instanceof ForeignKeyConstraintViolationException => parent::REASON_FOREIGN_KEY_VIOLATION,
			$original instanceof NotNullConstraintViolationException => parent::REASON_NOT_NULL_CONSTRAINT_VIOLATION,
			$original instanceof UniqueConstraintViolationException => parent::REASON_UNIQUE_CONSTRAINT_VIOLATION,
			$original instanceof ConstraintViolationException => parent::REASON_CONSTRAINT_VIOLATION,
			$original instanceof DatabaseObjectExistsException => parent::REASON_DATABASE_OBJECT_EXISTS,
			$original instanceof DatabaseObjectNotFoundException => parent::REASON_DATABASE_OBJECT_NOT_FOUND,
			$original instanceof InvalidArgumentException => parent::REASON_INVALID_ARGUMENT,
			$original instanceof InvalidFieldNameException => parent::REASON_INVALID_FIELD_NAME,
			$original instanceof NonUniqueFieldNameException => parent::REASON_NON_UNIQUE_FIELD_NAME,
			$original instanceof SyntaxErrorException => parent::REASON_SYNTAX_ERROR,
			$original instanceof ServerException => parent::REASON_SERVER,
			$original instanceof DriverException => parent::REASON_DRIVER,
			default => null,
		};
	}
}

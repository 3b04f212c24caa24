<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP\AppFramework\Http;

use OCP\AppFramework\Http;

/**
 * Signature stub of OCP\AppFramework\Http\DataResponse (since 8.0.0): data the
 * responder (OCS envelope, JSON) serialises.
 *
 * @template S of int
 * @template-covariant T of array|int|float|string|bool|object|null|\stdClass|\JsonSerializable
 * @template H of array<string, mixed>
 * @template-extends Response<int, array<string, mixed>>
 */
class DataResponse extends Response {
	/** @var T */
	protected $data;

	/**
	 * @param T $data
	 * @param S $statusCode
	 * @param H $headers
	 */
	public function __construct(mixed $data = [], int $statusCode = Http::STATUS_OK, array $headers = []) {
		parent::__construct($statusCode, $headers);
		$this->data = $data;
	}

	/**
	 * @param T $data
	 * @return DataResponse
	 */
	public function setData($data) {
		$this->data = $data;
		return $this;
	}

	/**
	 * @return T
	 */
	public function getData() {
		return $this->data;
	}
}

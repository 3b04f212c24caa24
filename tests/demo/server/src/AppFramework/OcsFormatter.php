<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\AppFramework;

use OCA\VideoVerification\Demo\Http\HttpResponse;

/**
 * The OCS envelope of Nextcloud's V1Response / V2Response.
 * v1: HTTP 200 (401 stays 401), meta.statuscode 100 for 200, else the status.
 * v2: HTTP status = the response status (OCS-specific 99x codes mapped), meta.statuscode = status.
 */
final class OcsFormatter {
	public const RESPOND_UNAUTHORISED = 997;
	public const RESPOND_SERVER_ERROR = 996;
	public const RESPOND_NOT_FOUND = 998;
	public const RESPOND_UNKNOWN_ERROR = 999;

	/**
	 * @param array<string, string> $headers
	 */
	public function format(int $version, string $format, int $status, mixed $data, ?string $message, array $headers = []): HttpResponse {
		if ($version === 1) {
			$httpStatus = $status === self::RESPOND_UNAUTHORISED || $status === 401 ? 401 : 200;
			$ocsStatus = $status === 200 ? 100 : $status;
			$meta = [
				'status' => $ocsStatus === 100 ? 'ok' : 'failure',
				'statuscode' => $ocsStatus,
				'message' => $ocsStatus === 100 ? 'OK' : ($message ?? ''),
				'totalitems' => '',
				'itemsperpage' => '',
			];
		} else {
			$httpStatus = $this->v2HttpStatus($status);
			$ok = $status >= 200 && $status < 300;
			$meta = [
				'status' => $ok ? 'ok' : 'failure',
				'statuscode' => $status,
				'message' => $ok ? 'OK' : ($message ?? ''),
			];
		}

		$contentType = $format === 'json' ? 'application/json; charset=utf-8' : 'application/xml; charset=utf-8';
		$headers = array_merge($headers, ['Content-Type' => $contentType]);
		if ($httpStatus === 204 || $httpStatus === 304 || ($httpStatus >= 100 && $httpStatus <= 199)) {
			return new HttpResponse($httpStatus, $headers, '');
		}
		$envelope = ['ocs' => ['meta' => $meta, 'data' => $data]];
		$body = $format === 'json' ? (string)json_encode($envelope, JSON_HEX_TAG) : $this->toXml($envelope);
		return new HttpResponse($httpStatus, $headers, $body);
	}

	public function v2HttpStatus(int $status): int {
		return match (true) {
			$status === self::RESPOND_UNAUTHORISED => 401,
			$status === self::RESPOND_NOT_FOUND => 404,
			$status === self::RESPOND_SERVER_ERROR, $status === self::RESPOND_UNKNOWN_ERROR => 500,
			$status < 200 || $status > 600 => 400,
			default => $status,
		};
	}

	/**
	 * OCS answers XML unless format=json or the Accept header asks for JSON.
	 */
	public static function negotiate(?string $formatParameter, string $accept): string {
		if ($formatParameter === 'json' || $formatParameter === 'xml') {
			return $formatParameter;
		}
		return stripos($accept, 'application/json') !== false ? 'json' : 'xml';
	}

	/**
	 * @param array<string, mixed> $envelope
	 */
	private function toXml(array $envelope): string {
		$writer = new \XMLWriter();
		$writer->openMemory();
		$writer->setIndent(true);
		$writer->startDocument();
		$this->writeXml($envelope, $writer);
		$writer->endDocument();
		return $writer->outputMemory(true);
	}

	private function writeXml(array $values, \XMLWriter $writer): void {
		foreach ($values as $key => $value) {
			$key = is_int($key) ? 'element' : $key;
			if ($value instanceof \JsonSerializable) {
				$value = $value->jsonSerialize();
			}
			if (is_array($value)) {
				$writer->startElement($key);
				$this->writeXml($value, $writer);
				$writer->endElement();
			} elseif ($value === null) {
				$writer->writeElement($key);
			} else {
				$writer->writeElement($key, is_bool($value) ? ($value ? '1' : '') : (string)$value);
			}
		}
	}
}

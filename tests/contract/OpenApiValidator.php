<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Contract;

use InvalidArgumentException;
use stdClass;

/**
 * Checks HTTP requests and responses against OpenAPI 3.0 specs as Nextcloud's
 * openapi-extractor writes them (files_sharing, Talk, and our own openapi.json).
 *
 * Every method returns a list of violations, [] when the message conforms. A violation
 * reads "<METHOD> <path>[ → <status>]: <JSON pointer>: <what is wrong> (schema <pointer>)".
 * Request pointers are rooted at a notional request document, so they start with
 * `/path/`, `/query/`, `/header/` or `/body/`; response pointers point into the body.
 *
 * Nextcloud reads a controller argument from the query string, a form body or a JSON
 * body alike, so a declared parameter may come from either place, whether the spec
 * lists it under `parameters` (older specs) or `requestBody` (newer ones). Strings from
 * the query string, path and headers are cast to the declared type first; JSON values
 * must already have it. Form-encoded bodies are strings too: pass their fields in $query.
 * A parameter the operation does not declare is a violation (a typo there is ignored by
 * Nextcloud, so the request would silently not do what it means), except OCS's `format`.
 */
final class OpenApiValidator {
	private const APP_ID = 'video_verification';

	/** @var list<string> */
	private readonly array $specFiles;

	/** @var array<string, string> spec file => the app whose URLs it describes; files not listed are tried for every URL */
	private array $appBySpecFile = [];

	public function __construct(string ...$specFiles) {
		if ($specFiles === []) {
			throw new InvalidArgumentException('At least one OpenAPI spec file is required');
		}
		foreach ($specFiles as $file) {
			if (!is_file($file)) {
				throw new InvalidArgumentException("OpenAPI spec not found: $file");
			}
		}
		$this->specFiles = array_values($specFiles);
	}

	/**
	 * A validator over every `<app>-openapi*.json` in $dir (Talk, files_sharing) plus the
	 * app's own spec. A URL is checked against the specs of the app its path names
	 * (`/ocs/v2.php/apps/<app>/…`, `/index.php/apps/<app>/…`), other URLs against all; a
	 * spec is parsed only when a URL first needs it, which keeps one-request PHP processes
	 * (the demo under `php -S`) from parsing Talk's 1 MB spec for a files_sharing call.
	 *
	 * @param string|null $appSpecFile defaults to openapi.json at the repository root; left out while it does not exist
	 */
	public static function forSpecsDir(string $dir, ?string $appSpecFile = null): self {
		$appBySpecFile = [];
		$files = glob(rtrim($dir, '/') . '/*-openapi*.json') ?: [];
		sort($files);
		foreach ($files as $file) {
			$appBySpecFile[$file] = strstr(basename($file), '-openapi', true);
		}
		$appSpecFile ??= dirname(__DIR__, 2) . '/openapi.json';
		if (is_file($appSpecFile)) {
			$appBySpecFile[$appSpecFile] = self::APP_ID;
		}
		if ($appBySpecFile === []) {
			throw new InvalidArgumentException("No OpenAPI specs found in $dir");
		}
		$validator = new self(...array_keys($appBySpecFile));
		$validator->appBySpecFile = $appBySpecFile;
		return $validator;
	}

	/**
	 * @param array<string, mixed> $query parsed query string (as $_GET: `name[]` gives a list)
	 * @param mixed $jsonBody decoded JSON body (assoc array or stdClass), null when there is none
	 * @param array<string, string|list<string>> $headers header name (any case) => value
	 * @return list<string>
	 */
	public function validateRequest(string $method, string $path, array $query, mixed $jsonBody, array $headers = []): array {
		[$path, $query] = $this->splitQueryString($path, $query);
		$label = strtoupper($method) . ' ' . $path;
		$match = $this->findOperation($method, $path, $label);
		if (is_string($match)) {
			return [$match];
		}
		[$document, $template, $pathParams] = $match;
		$method = strtolower($method);
		$schemas = new SchemaValidator($document);
		$coercer = new StringParameterCoercer($document, $schemas);
		$violations = [];

		if ($jsonBody instanceof stdClass) {
			$jsonBody = (array)$jsonBody;
		}
		if ($jsonBody !== null && (!is_array($jsonBody) || ($jsonBody !== [] && array_is_list($jsonBody)))) {
			return ["$label: /body: expected a JSON object, got " . SchemaValidator::typeOf($jsonBody)];
		}
		$body = $jsonBody ?? [];
		$headers = array_change_key_case($headers, CASE_LOWER);
		$consumed = ['query' => [], 'body' => []];

		foreach ($document->parameters($template, $method) as ['parameter' => $parameter, 'schemaPointer' => $schemaPointer]) {
			$name = (string)$parameter['name'];
			$schema = $parameter['schema'] ?? [];
			$required = ($parameter['required'] ?? false) === true;
			$token = OpenApiDocument::escape($name);
			switch ($parameter['in']) {
				case 'path':
					$found = ['path', $coercer->coerce($pathParams[$name] ?? null, $schema)];
					break;
				case 'header':
					$value = $headers[strtolower($name)] ?? null;
					$found = $value === null ? null : ['header', $coercer->coerce(is_array($value) ? reset($value) : $value, $schema)];
					break;
				case 'query':
					$found = $this->queryOrBody($name, $query, $body, $schema, $coercer, $consumed);
					break;
				default:
					throw new InvalidArgumentException("Parameters in {$parameter['in']} are not supported ($schemaPointer)");
			}
			if ($found === null) {
				if ($required && !$this->passesCsrfInstead($parameter, $headers)) {
					$where = $parameter['in'] === 'query' ? 'query' : $parameter['in'];
					$violations[] = "$label: /$where/$token: required parameter is missing (schema " . substr($schemaPointer, 0, -strlen('/schema')) . ')';
				}
				continue;
			}
			[$where, $value] = $found;
			foreach ($schemas->validate($value, $schema, "/$where/$token", $schemaPointer) as $violation) {
				$violations[] = "$label: $violation";
			}
		}

		$bodyPointer = '#/paths/' . OpenApiDocument::escape($template) . "/$method/requestBody/content/application~1json/schema";
		$bodySchema = $document->operations($template)[$method]['requestBody']['content']['application/json']['schema'] ?? null;
		if (is_array($bodySchema)) {
			array_push($violations, ...$this->validateBodySchema($label, $bodySchema, $bodyPointer, $query, $body, $document, $schemas, $coercer, $consumed));
		}

		foreach (array_diff_key($query, $consumed['query']) as $name => $unused) {
			if ($name === 'format' && str_starts_with($path, '/ocs/')) {
				continue;
			}
			$violations[] = "$label: /query/" . OpenApiDocument::escape($name) . ': parameter is not declared by the operation';
		}
		foreach (array_diff_key($body, $consumed['body']) as $name => $unused) {
			$violations[] = "$label: /body/" . OpenApiDocument::escape($name) . ': property is not declared by the operation';
		}
		return $violations;
	}

	/**
	 * @return list<string>
	 */
	public function validateResponse(string $method, string $path, int $status, mixed $jsonBody): array {
		[$path] = $this->splitQueryString($path, []);
		$label = strtoupper($method) . ' ' . $path . ' → ' . $status;
		$match = $this->findOperation($method, $path, $label);
		if (is_string($match)) {
			return [$match];
		}
		[$document, $template] = $match;
		$method = strtolower($method);
		$responses = $document->operations($template)[$method]['responses'] ?? [];
		$key = $this->responseKey($responses, $status);
		if ($key === null) {
			$declared = implode(', ', array_map('strval', array_keys($responses)));
			return ["$label: status $status is not declared (declared: $declared)"];
		}
		$responsePointer = '#/paths/' . OpenApiDocument::escape($template) . "/$method/responses/$key";
		$response = $document->resolve($responses[$key]);
		$content = $response['content'] ?? [];
		$schemas = new SchemaValidator($document);

		if ($content === []) {
			return $jsonBody === null || $jsonBody === ''
				? []
				: ["$label: (root): the response declares no body, got " . SchemaValidator::typeOf($jsonBody) . " (schema $responsePointer)"];
		}
		if (isset($content['application/json'])) {
			return $this->prefixed($label, $schemas->validate($jsonBody, $content['application/json']['schema'] ?? [], '', $responsePointer . '/content/application~1json/schema'));
		}
		if (isset($content['text/plain']) && (is_array($jsonBody) || $jsonBody instanceof stdClass)) {
			// openapi-extractor documents a thrown OCSException as text/plain, while Nextcloud
			// renders it as the OCS envelope with the exception's message in `meta`.
			return $this->prefixed($label, $schemas->validate($jsonBody, $this->ocsErrorEnvelope($document), '', $responsePointer . '/content/text~1plain (rendered as OCS envelope)'));
		}
		if (isset($content['text/plain'])) {
			return $this->prefixed($label, $schemas->validate($jsonBody, $content['text/plain']['schema'] ?? [], '', $responsePointer . '/content/text~1plain/schema'));
		}
		// Binary and other media types (`*/*`, text/csv) carry no JSON to check.
		return [];
	}

	/**
	 * @return array{0: OpenApiDocument, 1: string, 2: array<string, string>}|string the match, or the violation
	 */
	private function findOperation(string $method, string $path, string $label): array|string {
		$app = preg_match('#^/(?:ocs/v[12]\.php|index\.php)/apps/([^/]+)/#', $path, $matches) === 1 ? $matches[1] : null;
		$searched = [];
		$best = null;
		foreach ($this->specFiles as $file) {
			$specApp = $this->appBySpecFile[$file] ?? null;
			if ($app !== null && $specApp !== null && $specApp !== $app) {
				continue;
			}
			$searched[] = basename($file);
			$document = OpenApiDocument::load($file);
			$match = $document->matchPath($path);
			// As in OpenAPI, a path with fewer templated segments wins, also across one app's specs
			// (spreed's `/signaling/backend` beside `/signaling/{token}`).
			if ($match !== null && ($best === null || count($match['params']) < count($best[1]['params']))) {
				$best = [$document, $match, $file];
			}
		}
		if ($best !== null) {
			[$document, $match, $file] = $best;
			$operations = $document->operations($match['template']);
			if (!isset($operations[strtolower($method)])) {
				$allowed = strtoupper(implode(', ', array_keys($operations)));
				return "$label: method not declared for {$match['template']} in " . basename($file) . " (declared: $allowed)";
			}
			return [$document, $match['template'], $match['params']];
		}
		return "$label: path is not declared in any spec (searched: " . ($searched === [] ? "none for app $app" : implode(', ', $searched)) . ')';
	}

	/**
	 * @param array<string, mixed> $query
	 * @param array<string, mixed> $body
	 * @param array<mixed> $schema
	 * @param array{query: array<string, true>, body: array<string, true>} $consumed
	 * @return array{0: string, 1: mixed}|null where the value came from, and the value
	 */
	private function queryOrBody(string $name, array $query, array $body, array $schema, StringParameterCoercer $coercer, array &$consumed): ?array {
		// Nextcloud's Request merges GET, then POST/JSON over it: the body wins.
		if (array_key_exists($name, $body)) {
			$consumed['body'][$name] = true;
			if (array_key_exists($name, $query)) {
				$consumed['query'][$name] = true;
			}
			// The Dispatcher casts every argument typed int/bool/float with settype(), from
			// a JSON body too: files_sharing's own client sends permissions as "17".
			return ['body', is_string($body[$name]) ? $coercer->coerce($body[$name], $schema) : $body[$name]];
		}
		if (array_key_exists($name, $query)) {
			$consumed['query'][$name] = true;
			return ['query', $coercer->coerce($query[$name], $schema)];
		}
		return null;
	}

	/**
	 * @param array<mixed> $bodySchema
	 * @param array<string, mixed> $query
	 * @param array<string, mixed> $body
	 * @param array{query: array<string, true>, body: array<string, true>} $consumed
	 * @return list<string>
	 */
	private function validateBodySchema(string $label, array $bodySchema, string $bodyPointer, array $query, array $body, OpenApiDocument $document, SchemaValidator $schemas, StringParameterCoercer $coercer, array &$consumed): array {
		$resolved = $document->resolve($bodySchema);
		if (($resolved['type'] ?? null) !== 'object' || isset($resolved['allOf']) || isset($resolved['anyOf']) || isset($resolved['oneOf'])) {
			foreach (array_keys($body) as $name) {
				$consumed['body'][$name] = true;
			}
			return $this->prefixed($label, $schemas->validate($body, $bodySchema, '/body', $bodyPointer));
		}
		$violations = [];
		$required = array_flip($resolved['required'] ?? []);
		foreach ($resolved['properties'] ?? [] as $name => $propertySchema) {
			$name = (string)$name;
			$token = OpenApiDocument::escape($name);
			$found = $this->queryOrBody($name, $query, $body, $propertySchema, $coercer, $consumed);
			if ($found === null) {
				if (isset($required[$name])) {
					$violations[] = "$label: /body/$token: required property is missing (schema $bodyPointer/required)";
				}
				continue;
			}
			[$where, $value] = $found;
			array_push($violations, ...$this->prefixed($label, $schemas->validate($value, $propertySchema, "/$where/$token", "$bodyPointer/properties/$token")));
		}
		$additional = $resolved['additionalProperties'] ?? null;
		if (is_array($additional) || $additional === true) {
			foreach (array_diff_key($body, $consumed['body']) as $name => $value) {
				$consumed['body'][$name] = true;
				if (is_array($additional)) {
					array_push($violations, ...$this->prefixed($label, $schemas->validate($value, $additional, '/body/' . OpenApiDocument::escape($name), "$bodyPointer/additionalProperties")));
				}
			}
		}
		return $violations;
	}

	/**
	 * The extractor marks `OCS-APIRequest` required, but Nextcloud's SecurityMiddleware
	 * only needs it when the CSRF check fails: a browser sends its `requesttoken` (as
	 * @nextcloud/axios does) and an OAuth client a Bearer token instead.
	 *
	 * @param array<mixed> $parameter
	 * @param array<string, mixed> $headers lower-case names
	 */
	private function passesCsrfInstead(array $parameter, array $headers): bool {
		if ($parameter['in'] !== 'header' || strcasecmp((string)$parameter['name'], 'OCS-APIRequest') !== 0) {
			return false;
		}
		$first = static fn (mixed $value): string => (string)(is_array($value) ? reset($value) : $value);
		return $first($headers['requesttoken'] ?? '') !== ''
			|| str_starts_with($first($headers['authorization'] ?? ''), 'Bearer ');
	}

	/**
	 * @param array<string|int, mixed> $responses
	 */
	private function responseKey(array $responses, int $status): string|int|null {
		foreach ([$status, intdiv($status, 100) . 'XX', 'default'] as $key) {
			if (array_key_exists($key, $responses)) {
				return $key;
			}
		}
		return null;
	}

	/**
	 * @return array<mixed>
	 */
	private function ocsErrorEnvelope(OpenApiDocument $document): array {
		$meta = $document->hasSchema('OCSMeta')
			? ['$ref' => '#/components/schemas/OCSMeta']
			: ['type' => 'object', 'required' => ['status', 'statuscode'], 'properties' => ['status' => ['type' => 'string'], 'statuscode' => ['type' => 'integer'], 'message' => ['type' => 'string']]];
		return [
			'type' => 'object',
			'required' => ['ocs'],
			'properties' => ['ocs' => ['type' => 'object', 'required' => ['meta', 'data'], 'properties' => ['meta' => $meta]]],
		];
	}

	/**
	 * @param array<string, mixed> $query
	 * @return array{0: string, 1: array<string, mixed>}
	 */
	private function splitQueryString(string $path, array $query): array {
		$questionMark = strpos($path, '?');
		if ($questionMark === false) {
			return [$path, $query];
		}
		parse_str(substr($path, $questionMark + 1), $fromUrl);
		return [substr($path, 0, $questionMark), $query + $fromUrl];
	}

	/**
	 * @param list<string> $violations
	 * @return list<string>
	 */
	private function prefixed(string $label, array $violations): array {
		return array_map(static fn (string $violation): string => "$label: $violation", $violations);
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Dav;

/**
 * A PROPFIND's body read and its 207 answer written as sabre/dav does (Xml\Request\PropFind,
 * Xml\Response\MultiStatus, PropFind::getResultForMultiStatus): the requested properties
 * that have a value under "200 OK", the others under "404 Not Found"; with no body or
 * <d:allprop/> every property that has a value.
 */
final class MultiStatus {
	private const PREFIXES = [
		'DAV:' => 'd',
		'http://sabredav.org/ns' => 's',
		DavProperties::OC => 'oc',
		DavProperties::NC => 'nc',
		DavProperties::OCS => 'ocs',
	];

	/**
	 * @return list<string>|null the requested "{namespace}name"s, null for allprop
	 * @throws DavError 400 for a body that is not a DAV propfind
	 */
	public static function requestedProperties(string $body): ?array {
		if (trim($body) === '') {
			return null;
		}
		$dom = new \DOMDocument();
		$previous = libxml_use_internal_errors(true);
		$loaded = $dom->loadXML($body, LIBXML_NONET);
		libxml_clear_errors();
		libxml_use_internal_errors($previous);
		$root = $dom->documentElement;
		if (!$loaded || $root === null) {
			throw new DavError(400, 'Sabre\\DAV\\Exception\\BadRequest', 'The request body had an invalid XML body.');
		}
		if ($root->namespaceURI !== 'DAV:' || $root->localName !== 'propfind') {
			throw new DavError(400, 'Sabre\\DAV\\Exception\\BadRequest', 'The root element of a PROPFIND body must be {DAV:}propfind, not {' . $root->namespaceURI . '}' . $root->localName);
		}
		foreach ($root->childNodes as $child) {
			if (!$child instanceof \DOMElement || $child->namespaceURI !== 'DAV:') {
				continue;
			}
			if ($child->localName === 'allprop') {
				return null;
			}
			if ($child->localName === 'prop') {
				$names = [];
				foreach ($child->childNodes as $prop) {
					if ($prop instanceof \DOMElement) {
						$names[] = '{' . ($prop->namespaceURI ?? '') . '}' . $prop->localName;
					}
				}
				return array_values(array_unique($names));
			}
		}
		return null;
	}

	/**
	 * @param list<array{href: string, props: array<string, string|bool>}> $responses
	 * @param list<string>|null $requested
	 */
	public static function write(array $responses, ?array $requested): string {
		$dom = new \DOMDocument('1.0', 'utf-8');
		$root = $dom->createElementNS('DAV:', 'd:multistatus');
		$dom->appendChild($root);
		foreach (self::PREFIXES as $namespace => $prefix) {
			$root->setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:' . $prefix, $namespace);
		}
		foreach ($responses as $response) {
			$element = $root->appendChild($dom->createElementNS('DAV:', 'd:response'));
			$element->appendChild($dom->createElementNS('DAV:', 'd:href', htmlspecialchars($response['href'], ENT_NOQUOTES)));
			$found = [];
			$missing = [];
			foreach ($requested ?? array_keys($response['props']) as $name) {
				if (array_key_exists($name, $response['props'])) {
					$found[$name] = $response['props'][$name];
				} else {
					$missing[] = $name;
				}
			}
			if ($found !== []) {
				self::propstat($dom, $element, $found, 'HTTP/1.1 200 OK');
			}
			if ($missing !== []) {
				self::propstat($dom, $element, array_fill_keys($missing, ''), 'HTTP/1.1 404 Not Found');
			}
		}
		return (string)$dom->saveXML();
	}

	/**
	 * @param array<string, string|bool> $props
	 */
	private static function propstat(\DOMDocument $dom, \DOMNode $response, array $props, string $status): void {
		$propstat = $response->appendChild($dom->createElementNS('DAV:', 'd:propstat'));
		$prop = $propstat->appendChild($dom->createElementNS('DAV:', 'd:prop'));
		$unknown = 0;
		foreach ($props as $name => $value) {
			[$namespace, $local] = explode('}', substr($name, 1), 2);
			$element = $prop->appendChild($namespace === ''
				? $dom->createElement($local)
				: $dom->createElementNS($namespace, (self::PREFIXES[$namespace] ?? 'x' . ++$unknown) . ':' . $local));
			if ($value === true) {
				$element->appendChild($dom->createElementNS('DAV:', 'd:collection'));
			} elseif (is_string($value) && $value !== '') {
				$element->appendChild($dom->createTextNode($value));
			}
		}
		$propstat->appendChild($dom->createElementNS('DAV:', 'd:status', $status));
	}
}

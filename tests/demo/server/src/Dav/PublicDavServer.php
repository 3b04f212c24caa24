<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Dav;

use OCA\VideoVerification\Demo\Http\DemoRequest;
use OCA\VideoVerification\Demo\Http\HttpResponse;
use OCA\VideoVerification\Demo\Storage\FileRecord;
use OCA\VideoVerification\Demo\Storage\FileStore;
use OCP\BeforeSabrePubliclyLoadedEvent;
use OCP\EventDispatcher\IEventDispatcher;
use OCP\Files\NotFoundException;
use OCP\Share\IShare;
use Sabre\DAV\Exception as SabreException;

/**
 * Public WebDAV, /public.php/dav/files/{token}[/path] (apps/dav/appinfo/v2/publicremote.php
 * and the Sabre server it builds): PublicAuth first, then the share's node as the root of
 * the collection /files/{token}. BeforeSabrePubliclyLoadedEvent is dispatched with the
 * server's event emitter (SabreEventEmitter) and 'beforeMethod:*' emitted before PublicAuth
 * (Sabre's auth plugin listens at priority 10, an app's listener may come first). Reading only: PROPFIND (Depth 0, 1, infinity; no header =
 * 1, as Sabre), GET and HEAD of a file (FilesPlugin's attachment disposition), GET of a
 * folder answers what DummyGetResponsePlugin answers. Anything else is 501, as Sabre
 * answers a method no plugin handles; the demo has no upload, zip or range requests.
 */
final class PublicDavServer {
	public const PREFIX = '/public.php/dav/files/';

	public function __construct(
		private readonly PublicAuth $auth,
		private readonly FileStore $files,
		private readonly IEventDispatcher $dispatcher,
	) {
	}

	public static function handles(string $path): bool {
		return str_starts_with($path . '/', self::PREFIX);
	}

	public function handle(DemoRequest $request, string $body): HttpResponse {
		$rest = (string)substr($request->path(), strlen(self::PREFIX));
		$segments = $rest === '' ? [''] : explode('/', rtrim($rest, '/'));
		$token = rawurldecode((string)array_shift($segments));
		$subPath = array_map('rawurldecode', $segments);
		// publicremote.php: apps add their plugins and listeners before the server starts.
		$server = new SabreEventEmitter();
		$this->dispatcher->dispatchTyped(new BeforeSabrePubliclyLoadedEvent($server));
		try {
			try {
				$server->emit('beforeMethod:*', [$request, null]);
			} catch (SabreException $e) {
				throw new DavError($e->getHTTPCode(), $e::class, $e->getMessage());
			}
			$share = $this->auth->authenticate($request, $token);
			$node = $this->resolve($share, $token, $subPath);
			return match ($request->getMethod()) {
				'PROPFIND' => $this->propFind($request, $body, $share, $token, $subPath, $node),
				'GET' => $this->get($node, true),
				'HEAD' => $this->get($node, false),
				default => throw new DavError(501, DavError::NOT_IMPLEMENTED, 'There was no plugin in the system that was willing to handle this ' . $request->getMethod() . ' method.'),
			};
		} catch (DavError $e) {
			return $e->toResponse();
		}
	}

	/**
	 * @param list<string> $subPath
	 * @throws DavError
	 */
	private function resolve(IShare $share, string $token, array $subPath): FileRecord {
		try {
			$node = $this->files->get($share->getNodeId());
		} catch (NotFoundException) {
			throw new DavError(404, DavError::NOT_FOUND);
		}
		foreach ($subPath as $name) {
			if (!$node->isFolder()) {
				throw new DavError(404, DavError::NOT_FOUND, 'Could not find node at path: files/' . $token . '/' . implode('/', $subPath));
			}
			$matches = array_values(array_filter($this->files->children($node->id), static fn (FileRecord $child): bool => $child->name === $name));
			if ($matches === []) {
				throw new DavError(404, DavError::NOT_FOUND, 'File with name ' . $name . ' could not be located');
			}
			$node = $matches[0];
		}
		return $node;
	}

	/**
	 * @param list<string> $subPath
	 * @throws DavError
	 */
	private function propFind(DemoRequest $request, string $body, IShare $share, string $token, array $subPath, FileRecord $node): HttpResponse {
		$requested = MultiStatus::requestedProperties($body);
		$depth = self::depth($request->getHeader('Depth'));
		$href = self::PREFIX . rawurlencode($token) . implode('', array_map(static fn (string $s): string => '/' . rawurlencode($s), $subPath));
		$responses = [];
		$this->collect($share, $node, $href, $depth, $responses);
		return new HttpResponse(207, [
			'Content-Type' => 'application/xml; charset=utf-8',
			'Vary' => 'Brief,Prefer',
		], MultiStatus::write($responses, $requested));
	}

	/**
	 * @param list<array{href: string, props: array<string, string|bool>}> $responses
	 */
	private function collect(IShare $share, FileRecord $node, string $href, int|float $depth, array &$responses): void {
		$responses[] = ['href' => $href . ($node->isFolder() ? '/' : ''), 'props' => DavProperties::of($node, $share)];
		if (!$node->isFolder() || $depth < 1) {
			return;
		}
		foreach ($this->files->children($node->id) as $child) {
			$this->collect($share, $child, $href . '/' . rawurlencode($child->name), $depth - 1, $responses);
		}
	}

	/** Sabre Server::getHTTPDepth(1): 'infinity' is enabled in Nextcloud's server. */
	private static function depth(string $header): int|float {
		if (strtolower($header) === 'infinity') {
			return INF;
		}
		return ctype_digit($header) ? (int)$header : 1;
	}

	private function get(FileRecord $node, bool $withBody): HttpResponse {
		if ($node->isFolder()) {
			return new HttpResponse(200, ['Content-Type' => 'text/plain; charset=utf-8'], $withBody
				? 'This is the WebDAV interface. It can only be accessed by WebDAV clients such as the Nextcloud desktop sync client.'
				: '');
		}
		$name = rawurlencode($node->name);
		return new HttpResponse(200, [
			'Content-Type' => $node->mimetype,
			'Content-Length' => (string)strlen($node->content),
			'ETag' => DavProperties::etag($node),
			'Last-Modified' => gmdate('D, d M Y H:i:s \G\M\T', $node->mtime),
			'Accept-Ranges' => 'bytes',
			'Content-Disposition' => 'attachment; filename*=UTF-8\'\'' . $name . '; filename="' . $name . '"',
			'X-Accel-Buffering' => 'no',
		], $withBody ? $node->content : '');
	}
}

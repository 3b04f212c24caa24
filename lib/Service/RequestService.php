<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service;

use OCA\VideoVerification\AppInfo\Application;
use OCA\VideoVerification\Db\VerificationRequest;
use OCA\VideoVerification\Db\VerificationRequestMapper;
use OCA\VideoVerification\Db\VerificationRequestStatus;
use OCA\VideoVerification\Exception\RequestClosedException;
use OCA\VideoVerification\Exception\RequestException;
use OCA\VideoVerification\Exception\SettingsException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IAppConfig;
use OCP\IL10N;

/**
 * A recipient's requests to be seen on a call before a share opens: making one, reading
 * it back, and cancelling it (hang-up before the sharer answered).
 */
class RequestService {
	/** App config key: seconds a request stays pending before it expires. */
	public const TTL_CONFIG_KEY = 'request_ttl';
	public const DEFAULT_TTL = 900;
	public const MIN_TTL = 60;
	public const MAX_TTL = 86400;

	public function __construct(
		private RequestShareResolver $shares,
		private RequesterNameNormalizer $names,
		private RequestLimits $limits,
		private RequestCredentialsIssuer $credentials,
		private RequestAccess $access,
		private VerificationRequestMapper $mapper,
		private IAppConfig $appConfig,
		private ITimeFactory $time,
		private IL10N $l10n,
		private AdminPolicy $policy,
	) {
	}

	/**
	 * @throws RequestException|SettingsException
	 */
	public function create(mixed $shareToken, mixed $displayName): CreatedRequest {
		$name = $this->names->normalize($displayName);
		$share = $this->shares->resolve($shareToken);
		$this->limits->assertShareMayOpenAnother($share->shareId());

		$now = $this->time->getTime();
		$credentials = $this->credentials->issue();
		$request = new VerificationRequest(
			$credentials->requestId,
			$credentials->secretHash,
			$credentials->sessionHash,
			$credentials->code,
			VerificationRequestStatus::Pending,
			$share->settings->mode,
			$now,
			$now + $this->ttl(),
			$share->shareId(),
			(string)$share->share->getToken(),
			$share->fileName(),
			$name,
			$share->recipientEmail(),
		);
		$this->mapper->insert($request);
		$this->limits->recordOpening($share->shareId());
		return new CreatedRequest($request, $credentials->secret);
	}

	/**
	 * @throws RequestException
	 */
	public function get(string $requestId, #[\SensitiveParameter] string $secret): RequestView {
		return RequestView::of($this->access->openForCaller($requestId, $secret), $this->time->getTime());
	}

	/**
	 * Cancelling twice is fine (hang-up and page unload may both send it); cancelling a
	 * request that expired or was decided is not.
	 *
	 * @throws RequestException
	 */
	public function cancel(string $requestId, #[\SensitiveParameter] string $secret): RequestView {
		$request = $this->access->openForCaller($requestId, $secret);
		$now = $this->time->getTime();
		$status = $request->statusAt($now);
		if ($status === VerificationRequestStatus::Pending
			&& $this->mapper->transition($requestId, VerificationRequestStatus::Pending, VerificationRequestStatus::Cancelled)) {
			return RequestView::of($request->withStatus(VerificationRequestStatus::Cancelled), $now);
		}
		// Another server may have changed the row since we read it.
		$current = $status === VerificationRequestStatus::Pending ? $this->mapper->find($requestId) : $request;
		if ($current?->statusAt($now) === VerificationRequestStatus::Cancelled) {
			return RequestView::of($current, $now);
		}
		throw new RequestClosedException($this->l10n->t('This request has ended. Start a new call to try again.'));
	}

	private function ttl(): int {
		$ttl = $this->policy->requestTtlSeconds();
		return max(self::MIN_TTL, min(self::MAX_TTL, $ttl));
	}
}

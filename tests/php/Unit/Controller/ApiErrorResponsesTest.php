<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Tests\Unit\Controller;

use OCA\VideoVerification\Controller\ApiErrorResponses;
use OCA\VideoVerification\Exception\ApiException;
use OCA\VideoVerification\Exception\CallbackUnavailableException;
use OCA\VideoVerification\Exception\CallNotAnsweredException;
use OCA\VideoVerification\Exception\GrantNotFoundException;
use OCA\VideoVerification\Exception\InvalidBodyException;
use OCA\VideoVerification\Exception\InvalidDisplayNameException;
use OCA\VideoVerification\Exception\InvalidRequestBodyException;
use OCA\VideoVerification\Exception\NotAllowedException;
use OCA\VideoVerification\Exception\OutsideOfficeHoursException;
use OCA\VideoVerification\Exception\PasswordGenerationFailedException;
use OCA\VideoVerification\Exception\PasswordRejectedException;
use OCA\VideoVerification\Exception\PasswordRequiredException;
use OCA\VideoVerification\Exception\RecordNotFinalException;
use OCA\VideoVerification\Exception\RequestClosedException;
use OCA\VideoVerification\Exception\RequestNotFoundException;
use OCA\VideoVerification\Exception\RequiredByPolicyException;
use OCA\VideoVerification\Exception\ShareNotFoundException;
use OCA\VideoVerification\Exception\ShareUpdateFailedException;
use OCA\VideoVerification\Exception\TalkUnavailableException;
use OCA\VideoVerification\Exception\Throttling;
use OCA\VideoVerification\Exception\TooManyRequestsException;
use OCA\VideoVerification\Exception\TooManyWrongPasswordsException;
use OCA\VideoVerification\Exception\UnsupportedShareTypeException;
use OCA\VideoVerification\Exception\VideoRequiredException;
use OCA\VideoVerification\Exception\WrongModeException;
use OCA\VideoVerification\Exception\WrongPasswordException;
use OCP\AppFramework\Http\DataResponse;
use PHPUnit\Framework\TestCase;

/**
 * Each exception's place in our API (code, status, throttling) as openapi.json and the
 * controllers' tests know it, and how the shared answer throttles on public and logged-in
 * routes.
 */
class ApiErrorResponsesTest extends TestCase {
	/**
	 * @return array<string, array{class-string<ApiException>, string, int, Throttling}>
	 */
	public static function exceptions(): array {
		return [
			'call not answered' => [CallNotAnsweredException::class, 'call_not_answered', 409, Throttling::Anonymous],
			'callback unavailable' => [CallbackUnavailableException::class, 'callback_unavailable', 409, Throttling::Anonymous],
			'grant not found' => [GrantNotFoundException::class, 'grant_not_found', 404, Throttling::Probe],
			'invalid body (settings)' => [InvalidBodyException::class, 'invalid_body', 400, Throttling::Anonymous],
			'invalid display name' => [InvalidDisplayNameException::class, 'invalid_display_name', 400, Throttling::Anonymous],
			'invalid body (request)' => [InvalidRequestBodyException::class, 'invalid_body', 400, Throttling::Anonymous],
			'not allowed' => [NotAllowedException::class, 'not_allowed', 403, Throttling::Anonymous],
			'outside office hours' => [OutsideOfficeHoursException::class, 'outside_office_hours', 409, Throttling::Anonymous],
			'password generation failed' => [PasswordGenerationFailedException::class, 'password_generation_failed', 500, Throttling::Anonymous],
			'password rejected' => [PasswordRejectedException::class, 'password_rejected', 400, Throttling::Anonymous],
			'password required' => [PasswordRequiredException::class, 'password_required', 400, Throttling::Anonymous],
			'record not final (certificate)' => [RecordNotFinalException::class, 'record_not_final', 409, Throttling::Anonymous],
			'request closed' => [RequestClosedException::class, 'request_closed', 409, Throttling::Anonymous],
			'request not found' => [RequestNotFoundException::class, 'request_not_found', 404, Throttling::Probe],
			'required by policy' => [RequiredByPolicyException::class, 'required_by_policy', 403, Throttling::Anonymous],
			'share not found' => [ShareNotFoundException::class, 'share_not_found', 404, Throttling::Probe],
			'share update failed' => [ShareUpdateFailedException::class, 'share_update_failed', 400, Throttling::Anonymous],
			'talk unavailable' => [TalkUnavailableException::class, 'talk_unavailable', 412, Throttling::Anonymous],
			'too many requests' => [TooManyRequestsException::class, 'too_many_requests', 429, Throttling::Never],
			'too many wrong passwords' => [TooManyWrongPasswordsException::class, 'too_many_wrong_passwords', 409, Throttling::Anonymous],
			'unsupported share type' => [UnsupportedShareTypeException::class, 'unsupported_share_type', 400, Throttling::Anonymous],
			'video required' => [VideoRequiredException::class, 'video_required', 403, Throttling::Anonymous],
			'wrong mode' => [WrongModeException::class, 'wrong_mode', 409, Throttling::Anonymous],
			'wrong password' => [WrongPasswordException::class, 'wrong_password', 403, Throttling::Anonymous],
		];
	}

	public function testEveryApiExceptionIsInTheTable(): void {
		$listed = array_map(static fn (array $row): string => $row[0], self::exceptions());
		foreach (glob(__DIR__ . '/../../../../lib/Exception/*Exception.php') ?: [] as $file) {
			$class = 'OCA\\VideoVerification\\Exception\\' . basename($file, '.php');
			$reflection = new \ReflectionClass($class);
			if ($reflection->isSubclassOf(ApiException::class) && !$reflection->isAbstract()) {
				$this->assertContains($class, $listed, $class . ' answers our API: give it a row');
			}
		}
		$this->assertCount(24, $listed);
	}

	/**
	 * @dataProvider exceptions
	 * @param class-string<ApiException> $class
	 */
	public function testTheExceptionKnowsItsCodeStatusAndThrottling(string $class, string $code, int $status, Throttling $throttling): void {
		$e = new $class('Translated text');
		$this->assertSame($code, $e->errorCode());
		$this->assertSame($status, $e->httpStatus());
		$this->assertSame($throttling, $e->throttling());

		$response = $this->controller()->errorResponse($e);
		$this->assertSame($status, $response->getStatus());
		$this->assertSame(['error' => $code, 'message' => 'Translated text'], $response->getData());
		$this->assertFalse($response->isThrottled(), 'routes without brute-force protection throttle nothing');
	}

	public function testAnonymousFailuresCountUnderTheRoutesActionButAFullShare(): void {
		$closed = $this->controller()->anonymousFailure(new RequestClosedException('closed'), 'video_verification_request');
		$this->assertTrue($closed->isThrottled());
		$this->assertSame(['action' => 'video_verification_request'], $closed->getThrottleMetadata());

		$notFound = $this->controller()->anonymousFailure(new RequestNotFoundException('nope'), 'video_verification_request');
		$this->assertSame(['action' => 'video_verification_request'], $notFound->getThrottleMetadata());

		$full = $this->controller()->anonymousFailure(new TooManyRequestsException('full'), 'video_verification_request');
		$this->assertSame(429, $full->getStatus());
		$this->assertFalse($full->isThrottled());
	}

	public function testWithoutAnActionTheFailureCountsUnderEveryActionOfTheRoute(): void {
		$wrong = $this->controller()->anonymousFailure(new WrongPasswordException('wrong'), null);
		$this->assertTrue($wrong->isThrottled());
		$this->assertSame([], $wrong->getThrottleMetadata());
	}

	public function testALoggedInUsersFailureCountsOnlyWhenItIsAProbe(): void {
		$closed = $this->controller()->userFailure(new RequestClosedException('closed'), 'video_verification_decision');
		$this->assertSame(409, $closed->getStatus());
		$this->assertFalse($closed->isThrottled());

		$badBody = $this->controller()->userFailure(new InvalidRequestBodyException('bad'), 'video_verification_decision');
		$this->assertFalse($badBody->isThrottled());

		$notFound = $this->controller()->userFailure(new RequestNotFoundException('nope'), 'video_verification_decision');
		$this->assertSame(404, $notFound->getStatus());
		$this->assertTrue($notFound->isThrottled());
		$this->assertSame(['action' => 'video_verification_decision'], $notFound->getThrottleMetadata());
	}

	/**
	 * The trait's methods made callable from the test.
	 */
	private function controller(): object {
		return new class() {
			use ApiErrorResponses {
				errorResponse as private traitErrorResponse;
				anonymousFailure as private traitAnonymousFailure;
				userFailure as private traitUserFailure;
			}

			public function errorResponse(ApiException $e): DataResponse {
				return $this->traitErrorResponse($e);
			}

			public function anonymousFailure(ApiException $e, ?string $action): DataResponse {
				return $this->traitAnonymousFailure($e, $action);
			}

			public function userFailure(ApiException $e, string $action): DataResponse {
				return $this->traitUserFailure($e, $action);
			}
		};
	}
}

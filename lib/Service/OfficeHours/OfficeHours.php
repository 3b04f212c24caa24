<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\OfficeHours;

use OCA\VideoVerification\Exception\InvalidBodyException;
use OCP\IL10N;

/**
 * When a sharer takes verification calls: weekdays (ISO 8601, 1 = Monday … 7 = Sunday) and
 * one daily window [from, to) in the sharer's own time zone.
 */
final class OfficeHours {
	private const TIME = '/^([01]\d|2[0-3]):([0-5]\d)$/';

	/**
	 * @param list<int> $days sorted, unique, 1–7
	 */
	private function __construct(
		public readonly array $days,
		public readonly string $from,
		public readonly string $to,
	) {
	}

	/**
	 * @throws InvalidBodyException
	 */
	public static function parse(mixed $days, mixed $from, mixed $to, IL10N $l): self {
		if (!is_array($days) || $days === [] || !array_is_list($days)) {
			throw new InvalidBodyException($l->t('Choose at least one day.'));
		}
		foreach ($days as $day) {
			if (!is_int($day) || $day < 1 || $day > 7) {
				throw new InvalidBodyException($l->t('Days are numbers from 1 (Monday) to 7 (Sunday).'));
			}
		}
		if (!is_string($from) || !is_string($to) || preg_match(self::TIME, $from) !== 1 || preg_match(self::TIME, $to) !== 1) {
			throw new InvalidBodyException($l->t('Times are written as HH:MM, for example 09:00.'));
		}
		if ($from >= $to) {
			throw new InvalidBodyException($l->t('The end must be later than the start.'));
		}
		$unique = array_values(array_unique($days));
		sort($unique);
		return new self($unique, $from, $to);
	}

	/**
	 * @return array{days: list<int>, from: string, to: string}
	 */
	public function toArray(): array {
		return ['days' => $this->days, 'from' => $this->from, 'to' => $this->to];
	}

	public function isOpenAt(\DateTimeImmutable $local): bool {
		return in_array((int)$local->format('N'), $this->days, true)
			&& $local->format('H:i') >= $this->from
			&& $local->format('H:i') < $this->to;
	}

	/**
	 * "Mon–Fri 9:00–17:00", "Mon, Wed, Fri 9:00–12:30"
	 */
	public function describe(IL10N $l): string {
		$names = [1 => $l->t('Mon'), 2 => $l->t('Tue'), 3 => $l->t('Wed'), 4 => $l->t('Thu'), 5 => $l->t('Fri'), 6 => $l->t('Sat'), 7 => $l->t('Sun')];
		$runs = [];
		foreach ($this->days as $day) {
			$last = count($runs) - 1;
			if ($last >= 0 && $runs[$last][1] === $day - 1) {
				$runs[$last][1] = $day;
			} else {
				$runs[] = [$day, $day];
			}
		}
		$parts = [];
		foreach ($runs as [$start, $end]) {
			if ($end - $start >= 2) {
				$parts[] = $names[$start] . '–' . $names[$end];
			} else {
				for ($day = $start; $day <= $end; $day++) {
					$parts[] = $names[$day];
				}
			}
		}
		$time = static fn (string $hhmm): string => ltrim(substr($hhmm, 0, 2), '0') === '' ? '0' . substr($hhmm, 2) : ltrim(substr($hhmm, 0, 2), '0') . substr($hhmm, 2);
		return implode(', ', $parts) . ' ' . $time($this->from) . '–' . $time($this->to);
	}
}

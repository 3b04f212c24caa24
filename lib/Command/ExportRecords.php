<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Command;

use OCA\VideoVerification\Service\Records\RecordCsvExport;
use OCP\AppFramework\Utility\ITimeFactory;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * occ video_verification:records:export — the records as CSV (the same file as the admin
 * page's download, with each record's place in the chain and hash), to stdout or a file.
 */
class ExportRecords extends Command {
	public function __construct(
		private RecordCsvExport $export,
		private ITimeFactory $time,
	) {
		parent::__construct();
	}

	protected function configure(): void {
		$this->setName('video_verification:records:export')
			->setDescription('Export the verification records as CSV')
			->addOption('output', 'o', InputOption::VALUE_REQUIRED, 'Write to this file instead of stdout (it must not exist yet)')
			->addOption('since', null, InputOption::VALUE_REQUIRED, 'Only records created at or after this date (YYYY-MM-DD, UTC) or time (ISO 8601 with zone)');
	}

	protected function execute(InputInterface $input, OutputInterface $output): int {
		$since = $input->getOption('since');
		$createdSince = null;
		if ($since !== null) {
			$createdSince = $this->parseSince((string)$since);
			if ($createdSince === null) {
				$output->writeln('<error>--since must be a date (YYYY-MM-DD) or an ISO 8601 time with a zone, such as 2026-12-01T08:00:00Z</error>');
				return self::INVALID;
			}
		}

		$file = $input->getOption('output');
		$handle = null;
		if ($file !== null) {
			$file = (string)$file;
			// 'x': never overwrite an existing file (an earlier export may be evidence too).
			$handle = $file === '' ? false : @fopen($file, 'xb');
			if ($handle === false) {
				$output->writeln('<error>Cannot create ' . ($file === '' ? 'an unnamed file' : $file) . ': it exists already or its folder is not writable</error>');
				return self::INVALID;
			}
		}

		foreach ($this->export->chunks($this->time->getTime(), $createdSince) as $chunk) {
			if ($handle !== null) {
				fwrite($handle, $chunk);
			} else {
				$output->write($chunk, false, OutputInterface::OUTPUT_RAW);
			}
		}
		if ($handle !== null) {
			fclose($handle);
			$output->writeln('Wrote ' . $file);
		}
		return self::SUCCESS;
	}

	private function parseSince(string $since): ?int {
		if (preg_match('/^\d{4}-\d{2}-\d{2}$/', $since) === 1) {
			$date = \DateTimeImmutable::createFromFormat('!Y-m-d', $since, new \DateTimeZone('UTC'));
			return $date !== false && $date->format('Y-m-d') === $since ? $date->getTimestamp() : null;
		}
		if (preg_match('/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/', $since) === 1) {
			try {
				return (new \DateTimeImmutable($since))->getTimestamp();
			} catch (\Exception) {
				return null;
			}
		}
		return null;
	}
}

<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Command;

use OCA\VideoVerification\Service\Records\RecordChainVerifier;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * occ video_verification:records:verify — checks the whole record chain and names the
 * first record that does not match. Exit code 0 when the chain is whole, 1 when not.
 */
class VerifyRecords extends Command {
	public function __construct(
		private RecordChainVerifier $verifier,
	) {
		parent::__construct();
	}

	protected function configure(): void {
		$this->setName('video_verification:records:verify')
			->setDescription('Check that no verification record was changed or removed since it was sealed')
			->addOption('json', null, InputOption::VALUE_NONE, 'Print the result as JSON');
	}

	protected function execute(InputInterface $input, OutputInterface $output): int {
		$result = $this->verifier->verify();
		if ($input->getOption('json') === true) {
			$output->writeln(json_encode($result->toArray(), JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES));
		} elseif ($result->isValid()) {
			$output->writeln('<info>' . $result->describe() . '</info>');
		} else {
			$output->writeln('<error>' . $result->describe() . '</error>');
			$output->writeln(sprintf('%d records before it matched.', $result->checked));
		}
		return $result->isValid() ? self::SUCCESS : self::FAILURE;
	}
}

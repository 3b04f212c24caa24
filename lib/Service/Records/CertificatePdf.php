<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Service\Records;

use OCA\VideoVerification\Vendor\TFpdf\tFPDF;
use OCP\IL10N;

/**
 * Sets the lines of CertificateLines on A4 pages: the title "Certificate of verification",
 * the facts in DejaVu Sans (any script a name may be written in), the record hash in
 * Courier, and a footer with the page number. tFPDF, prefixed into lib/Vendor at build time
 * (scripts/vendor/prefix-tfpdf.php), embeds only the glyphs used.
 */
class CertificatePdf {
	private const HASH_LINE = '/^[0-9a-f]{64}$/';

	public function __construct(
		private IL10N $l10n,
	) {
	}

	/**
	 * @param list<string> $lines
	 * @return string the PDF document
	 */
	public function render(array $lines): string {
		$title = $this->l10n->t('Certificate of verification');
		$footer = $this->l10n->t('Video verification — certificate of verification — page %s', ['{page}']);
		$pdf = new class($footer) extends tFPDF {
			public function __construct(
				private string $footerText,
			) {
				parent::__construct('P', 'mm', 'A4');
			}

			public function Footer(): void {
				$this->SetY(-15);
				$this->SetFont('DejaVu', '', 8);
				$this->SetTextColor(110, 110, 110);
				$this->Cell(0, 10, str_replace('{page}', (string)$this->PageNo(), $this->footerText), 0, 0, 'C');
			}
		};
		$pdf->AddFont('DejaVu', '', 'DejaVuSans.ttf', true);
		$pdf->SetTitle($title, true);
		$pdf->SetCreator('Nextcloud Video verification', true);
		$pdf->SetMargins(20, 20, 20);
		$pdf->SetAutoPageBreak(true, 20);
		$pdf->AddPage();
		$pdf->SetFont('DejaVu', '', 18);
		$pdf->MultiCell(0, 10, $title, 0, 'L');
		$pdf->Ln(4);
		foreach ($lines as $line) {
			if (preg_match(self::HASH_LINE, $line) === 1) {
				$pdf->SetFont('Courier', '', 10);
			} else {
				$pdf->SetFont('DejaVu', '', 10.5);
			}
			$pdf->MultiCell(0, 6, $line, 0, 'L');
			$pdf->Ln(1);
		}
		return $pdf->Output('S');
	}
}

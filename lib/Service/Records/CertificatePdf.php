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
 * the facts in DejaVu Sans, the record hash in Courier, and a footer with the page number.
 * tFPDF, prefixed into lib/Vendor at build time (scripts/vendor/prefix-tfpdf.php), embeds
 * only the glyphs used.
 *
 * DejaVu Sans draws Latin, Greek, Cyrillic and many more scripts, but has no CJK glyphs, and
 * tFPDF lays every line out left to right without joining letters. So a line with characters
 * the font lacks or written right to left (a name, a file name, a note) is followed by those
 * characters as Unicode code points: what was recorded stays readable exactly.
 */
class CertificatePdf {
	private const HASH_LINE = '/^[0-9a-f]{64}$/';
	/** Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms */
	private const RIGHT_TO_LEFT = '/[\x{0590}-\x{08FF}\x{FB1D}-\x{FDFF}\x{FE70}-\x{FEFF}\x{10800}-\x{10FFF}\x{1E800}-\x{1EFFF}]/u';

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

			/**
			 * @return bool whether the current (Unicode) font has a glyph for the code point
			 */
			public function hasGlyph(int $codePoint): bool {
				$widths = $this->CurrentFont['cw'];
				return is_string($widths) && isset($widths[2 * $codePoint + 1])
					&& ($widths[2 * $codePoint] !== "\0" || $widths[2 * $codePoint + 1] !== "\0");
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
			$unshown = $this->notShownAsWritten($line, $pdf->hasGlyph(...));
			if ($unshown !== []) {
				$pdf->SetFont('DejaVu', '', 8.5);
				$pdf->SetTextColor(80, 80, 80);
				$pdf->MultiCell(0, 5, $this->l10n->t('Characters this document cannot show as written, as Unicode code points: %s', [implode(' ', $unshown)]), 0, 'L');
				$pdf->SetTextColor(0, 0, 0);
			}
			$pdf->Ln(1);
		}
		return $pdf->Output('S');
	}

	/**
	 * @param \Closure(int): bool $hasGlyph
	 * @return list<string> `U+XXXX` of each character without a glyph or written right to
	 *                      left, in the order they were recorded
	 */
	private function notShownAsWritten(string $line, \Closure $hasGlyph): array {
		$codePoints = [];
		foreach (mb_str_split($line) as $character) {
			$codePoint = mb_ord($character, 'UTF-8');
			if ($codePoint === false || $codePoint < 0x80) {
				continue;
			}
			if (!$hasGlyph($codePoint) || preg_match(self::RIGHT_TO_LEFT, $character) === 1) {
				$codePoints[] = sprintf('U+%04X', $codePoint);
			}
		}
		return $codePoints;
	}
}

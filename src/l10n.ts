/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Options of `t()` for text that Vue renders as text (`{{ }}`): Vue escapes it
 * already, so escaping or sanitizing placeholders would show `&lt;` or drop
 * parts of a file name like `Scan <2026>.pdf`. Never use it for `v-html`.
 */
export const PLAIN_TEXT = Object.freeze({ escape: false, sanitize: false })

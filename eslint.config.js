/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { recommended } from '@nextcloud/eslint-config'

export default [
	...recommended,
	{
		ignores: ['js/', 'css/', 'build/', 'vendor/', 'tests/demo/public/', 'tests/demo/.data/'],
	},
]

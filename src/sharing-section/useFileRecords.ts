/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Ref } from 'vue'
import type { VerificationRecord } from '../api/decisions.ts'

import { onBeforeUnmount, ref, shallowRef, watch } from 'vue'
import { listFileRequests } from '../api/decisions.ts'

/**
 * The verification records of a file, read again every few seconds while the section is shown
 * and the page visible (a request rings while the sharer looks at the tab), and at once when
 * the page becomes visible again.
 *
 * @param fileId - the file (null: nothing to list)
 * @param intervalMs - between reads
 */
export function useFileRecords(fileId: Readonly<Ref<number | null>>, intervalMs = 5_000) {
	const records = shallowRef<VerificationRecord[]>([])
	const loading = ref(false)
	const failed = ref(false)

	let timer: ReturnType<typeof setTimeout> | undefined
	let generation = 0
	let stopped = false

	/** Read the list now (and plan the next read) */
	async function refresh(): Promise<void> {
		clearTimeout(timer)
		timer = undefined
		const id = fileId.value
		if (id === null || stopped) {
			return
		}
		const mine = ++generation
		loading.value = records.value.length === 0
		try {
			const loaded = await listFileRequests(id)
			if (mine === generation) {
				records.value = loaded
				failed.value = false
			}
		} catch {
			if (mine === generation) {
				failed.value = true
			}
		} finally {
			if (mine === generation) {
				loading.value = false
				schedule()
			}
		}
	}

	/** Plan the next read, only while the page is visible */
	function schedule(): void {
		clearTimeout(timer)
		timer = undefined
		if (!stopped && document.visibilityState === 'visible') {
			timer = setTimeout(() => void refresh(), intervalMs)
		}
	}

	/**
	 * Put an answer of an action in place of the record it changed
	 *
	 * @param changed - the record as the server returned it
	 */
	function replace(changed: VerificationRecord): void {
		records.value = records.value.map((record) => record.requestId === changed.requestId ? changed : record)
	}

	const onVisibilityChange = (): void => {
		if (document.visibilityState === 'visible') {
			void refresh()
		} else {
			clearTimeout(timer)
			timer = undefined
		}
	}
	document.addEventListener('visibilitychange', onVisibilityChange)

	watch(fileId, () => {
		records.value = []
		failed.value = false
		void refresh()
	}, { immediate: true })

	onBeforeUnmount(() => {
		stopped = true
		generation++
		clearTimeout(timer)
		document.removeEventListener('visibilitychange', onVisibilityChange)
	})

	return { records, loading, failed, refresh, replace }
}

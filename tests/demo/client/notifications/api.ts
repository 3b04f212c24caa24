/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'

/** One action button of a notification (notifications openapi.json `NotificationAction`). */
export interface NotificationAction {
	label: string
	link: string
	/** HTTP verb to call `link` with, or `WEB` to open it. */
	type: string
	primary: boolean
}

/** A notification as `GET /ocs/v2.php/apps/notifications/api/v2/notifications` lists it. */
export interface Notification {
	notification_id: number
	app: string
	user: string
	/** ISO 8601. */
	datetime: string
	object_type: string
	object_id: string
	subject: string
	message: string
	link: string
	actions: NotificationAction[]
	subjectRich?: string
	messageRich?: string
	icon?: string
	shouldNotify?: boolean
}

const notificationsUrl = (): string => generateOcsUrl('apps/notifications/api/v2/notifications')

/** The user's notifications, newest first; none when no app uses notifications (204). */
export async function fetchNotifications(): Promise<Notification[]> {
	const response = await axios.get<{ ocs: { data: Notification[] } } | ''>(notificationsUrl())
	if (response.status === 204 || !response.data) {
		return []
	}
	return [...response.data.ocs.data].sort((a, b) => b.notification_id - a.notification_id)
}

/**
 * Dismiss one notification.
 *
 * @param id its notification_id
 */
export async function dismissNotification(id: number): Promise<void> {
	await axios.delete(generateOcsUrl('apps/notifications/api/v2/notifications/{id}', { id }))
}

/**
 * Run an action's request, as the notifications app does for every type but
 * `WEB` (src/Components/NotificationItem.vue onClickAction): the verb is the
 * action's type, the URL its link.
 *
 * @param action the clicked action
 */
export async function executeAction(action: NotificationAction): Promise<void> {
	// @nextcloud/axios adds the requesttoken; apps' action links are mostly OCS endpoints
	await axios({ method: action.type || 'GET', url: action.link, headers: { 'OCS-APIRequest': 'true', Accept: 'application/json' } })
}

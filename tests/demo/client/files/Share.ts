/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ShareType } from '@nextcloud/sharing'

/** One entry of the share's `attributes` (files_sharing `ShareAttribute`). */
export interface ShareAttribute {
	scope: string
	key: string
	value: boolean
}

/**
 * A share as files_sharing's OCS API returns it (`Share` schema of
 * files_sharing's openapi.json), plus the client-side fields the Sharing tab
 * writes into it.
 */
export interface OcsShare {
	/** Absent while a new share is being filled in. */
	id?: string | number
	share_type: number
	attributes?: string | ShareAttribute[] | null
	permissions: number
	uid_owner: string
	displayname_owner: string
	share_with?: string
	share_with_displayname?: string
	share_with_displayname_unique?: string | null
	share_with_link?: string
	share_with_avatar?: string
	uid_file_owner: string
	displayname_file_owner: string
	stime: number
	expiration: string | null
	token: string | null
	note: string
	label?: string | null
	mail_send: number | boolean
	hide_download: number | boolean
	password?: string
	password_expiration_time?: string | null
	send_password_by_talk?: boolean
	path: string | null
	item_type: 'file' | 'folder'
	mimetype: string
	file_source: number
	file_target: string
	file_parent: number
	can_edit?: boolean
	can_delete?: boolean
	via_fileid?: string
	via_path?: string
	parent?: unknown
	storage_id?: string
	storage?: number
	item_source?: number
	status?: unknown
	url?: string
}

/** The state a `Share` keeps: the OCS answer after the constructor normalised it. */
export type ShareState = Omit<OcsShare, 'id' | 'attributes' | 'hide_download' | 'mail_send'> & {
	id: number
	attributes: ShareAttribute[]
	hide_download: boolean
	mail_send: boolean
}

const PERMISSION_READ = 1
const PERMISSION_UPDATE = 2
const PERMISSION_CREATE = 4
const PERMISSION_DELETE = 8
const PERMISSION_SHARE = 16

/**
 * The Sharing tab's share model. Built from the OCS answer exactly as
 * files_sharing's models/Share.ts does: the id becomes a number, the
 * hide_download/mail_send integers become booleans, the attributes JSON is
 * parsed, and every other field is read through a getter on the raw state.
 * This is the object registered sidebar actions receive as `share`.
 */
export default class Share {
	_share: ShareState

	/** Set by the details view while the user types a new password (files_sharing does `$set(share, 'newPassword', …)`). */
	declare newPassword?: string

	constructor(ocsData: OcsShare | { ocs: { data: OcsShare[] } }) {
		let data = ocsData as OcsShare
		if ('ocs' in ocsData && ocsData.ocs.data[0]) {
			data = ocsData.ocs.data[0]
		}
		if (typeof data.id === 'string') {
			data.id = Number.parseInt(data.id)
		}
		data.hide_download = !!data.hide_download
		data.mail_send = !!data.mail_send
		if (data.attributes && typeof data.attributes === 'string') {
			try {
				data.attributes = JSON.parse(data.attributes) as ShareAttribute[]
			} catch {
				console.warn('Could not parse share attributes returned by server', data.attributes)
			}
		}
		data.attributes = data.attributes ?? []
		this._share = data as ShareState
	}

	get state(): ShareState {
		return this._share
	}

	get id(): number {
		return this._share.id
	}

	get type(): ShareType {
		return this._share.share_type
	}

	get permissions(): number {
		return this._share.permissions
	}

	set permissions(permissions: number) {
		this._share.permissions = permissions
	}

	get attributes(): ShareAttribute[] {
		return this._share.attributes || []
	}

	get owner(): string {
		return this._share.uid_owner
	}

	get ownerDisplayName(): string {
		return this._share.displayname_owner
	}

	get shareWith(): string {
		return this._share.share_with as string
	}

	get shareWithDisplayName(): string {
		return (this._share.share_with_displayname || this._share.share_with) as string
	}

	get shareWithDisplayNameUnique(): string {
		return (this._share.share_with_displayname_unique || this._share.share_with) as string
	}

	get shareWithLink(): string {
		return this._share.share_with_link as string
	}

	get shareWithAvatar(): string {
		return this._share.share_with_avatar as string
	}

	get uidFileOwner(): string {
		return this._share.uid_file_owner
	}

	get displaynameFileOwner(): string {
		return this._share.displayname_file_owner || this._share.uid_file_owner
	}

	get createdTime(): number {
		return this._share.stime
	}

	get expireDate(): string {
		return this._share.expiration as string
	}

	set expireDate(date: string) {
		this._share.expiration = date
	}

	get token(): string {
		return this._share.token as string
	}

	set token(token: string) {
		this._share.token = token
	}

	get note(): string {
		return this._share.note
	}

	set note(note: string) {
		this._share.note = note
	}

	get label(): string {
		return this._share.label ?? ''
	}

	set label(label: string) {
		this._share.label = label
	}

	get mailSend(): boolean {
		return this._share.mail_send === true
	}

	get hideDownload(): boolean {
		return this._share.hide_download === true
			|| this.attributes.find(({ scope, key, value }) => scope === 'permissions' && key === 'download' && !value) !== undefined
	}

	set hideDownload(state: boolean) {
		// files_sharing re-enables the download permission together with the button
		if (!state) {
			const attribute = this.attributes.find(({ key, scope }) => key === 'download' && scope === 'permissions')
			if (attribute) {
				attribute.value = true
			}
		}
		this._share.hide_download = state === true
	}

	get password(): string {
		return this._share.password as string
	}

	set password(password: string) {
		this._share.password = password
	}

	get passwordExpirationTime(): string {
		return this._share.password_expiration_time as string
	}

	set passwordExpirationTime(passwordExpirationTime: string) {
		this._share.password_expiration_time = passwordExpirationTime
	}

	get sendPasswordByTalk(): boolean {
		return this._share.send_password_by_talk as boolean
	}

	set sendPasswordByTalk(sendPasswordByTalk: boolean) {
		this._share.send_password_by_talk = sendPasswordByTalk
	}

	get path(): string {
		return this._share.path as string
	}

	get itemType(): string {
		return this._share.item_type
	}

	get mimetype(): string {
		return this._share.mimetype
	}

	get fileSource(): number {
		return this._share.file_source
	}

	get fileTarget(): string {
		return this._share.file_target
	}

	get fileParent(): number {
		return this._share.file_parent
	}

	get hasReadPermission(): boolean {
		return !!(this.permissions & PERMISSION_READ)
	}

	get hasCreatePermission(): boolean {
		return !!(this.permissions & PERMISSION_CREATE)
	}

	get hasDeletePermission(): boolean {
		return !!(this.permissions & PERMISSION_DELETE)
	}

	get hasUpdatePermission(): boolean {
		return !!(this.permissions & PERMISSION_UPDATE)
	}

	get hasSharePermission(): boolean {
		return !!(this.permissions & PERMISSION_SHARE)
	}

	get hasDownloadPermission(): boolean {
		return this.attributes.some((attribute) => attribute.scope === 'permissions' && attribute.key === 'download' && attribute.value === false)
	}

	set hasDownloadPermission(enabled: boolean) {
		this.setAttribute('permissions', 'download', !!enabled)
	}

	setAttribute(scope: string, key: string, value: boolean): void {
		const update = { scope, key, value }
		const index = this._share.attributes.findIndex((attribute) => attribute.scope === scope && attribute.key === key)
		if (index === -1) {
			this._share.attributes.push(update)
		} else {
			this._share.attributes.splice(index, 1, update)
		}
	}

	get canEdit(): boolean {
		return this._share.can_edit === true
	}

	get canDelete(): boolean {
		return this._share.can_delete === true
	}

	get viaFileid(): string {
		return this._share.via_fileid as string
	}

	get viaPath(): string {
		return this._share.via_path as string
	}

	get parent(): unknown {
		return this._share.parent
	}

	get storageId(): string {
		return this._share.storage_id as string
	}

	get storage(): number {
		return this._share.storage as number
	}

	get itemSource(): number {
		return this._share.item_source as number
	}

	get status(): unknown {
		return this._share.status
	}
}

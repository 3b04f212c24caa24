/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SignalingSettings } from '../talkApi.ts'
import type { Timers } from '../timers.ts'
import type { ServerMessage, WebSocketLike } from './externalProtocol.ts'
import type { PendingRequests } from './PendingRequests.ts'

import { ExternalSignalingError } from './ExternalSignalingError.ts'

export interface HelloHandshakeOptions {
	token: string
	settings: SignalingSettings
	/** Fresh settings (a new hello token) for a new hello after the first one. */
	fetchSettings: (token: string) => Promise<SignalingSettings>
	/** The `auth.url` of hello: Talk's signaling backend of this Nextcloud. */
	backendUrl: string
	requests: PendingRequests
	timers: Timers
	/** Talk's web client waits up to 3 s for `welcome` before a hello v2. */
	welcomeTimeoutMs: number
}

interface Deferred {
	promise: Promise<void>
	resolve(): void
}

/**
 * Who we are on the signaling server: the `welcome` and its features, `hello` v1 or v2 with
 * Talk's settings, resuming the previous session while the server still keeps it, and the
 * session and resume ids it hands out.
 */
export class HelloHandshake {
	#settings: SignalingSettings
	#helloCount = 0
	#welcome: Deferred = deferred()
	#features = new Set<string>()
	#sessionId: string | null = null
	#resumeId: string | null = null

	constructor(private readonly options: HelloHandshakeOptions) {
		this.#settings = options.settings
	}

	/** The signaling server's address from Talk's latest settings */
	get server(): string {
		return this.#settings.server
	}

	/** Our session on the signaling server, once a hello succeeded */
	get sessionId(): string | null {
		return this.#sessionId
	}

	hasFeature(feature: string): boolean {
		return this.#features.has(feature)
	}

	/** A new socket: its server sends a new `welcome` */
	socketOpening(): void {
		this.#welcome = deferred()
	}

	/**
	 * The server's `welcome`
	 *
	 * @param features - what the server supports
	 */
	welcomed(features: string[]): void {
		this.#features = new Set(features)
		this.#welcome.resolve()
	}

	/**
	 * Say hello on an open socket: resume the previous session if there is one, else start a new
	 * one (with fresh settings after the first)
	 *
	 * @param socket - the open socket
	 * @return whether the previous session was resumed
	 */
	async run(socket: WebSocketLike): Promise<boolean> {
		if (this.#resumeId !== null) {
			try {
				const reply = await this.options.requests.send(socket, 'hello', { version: '1.0', resumeid: this.#resumeId })
				this.#done(reply)
				return true
			} catch (error) {
				if (!(error instanceof ExternalSignalingError) || error.code === 'connection_failed' || error.code === 'timeout') {
					throw error
				}
				// The session expired on the server: start a new one, as Talk's web client does.
				this.#resumeId = null
			}
		}
		if (this.#helloCount > 0) {
			this.#settings = await this.options.fetchSettings(this.options.token)
		}
		try {
			await this.#fresh(socket)
		} catch (error) {
			if (!(error instanceof ExternalSignalingError) || error.code !== 'token_expired' || this.#helloCount > 1) {
				throw error
			}
			// Talk's web client fetches new settings when its hello token expired.
			this.#settings = await this.options.fetchSettings(this.options.token)
			await this.#fresh(socket)
		}
		return false
	}

	async #fresh(socket: WebSocketLike): Promise<void> {
		this.#helloCount++
		const v2Token = this.#settings.helloAuthParams?.['2.0']?.token ?? ''
		if (v2Token !== '') {
			await Promise.race([this.#welcome.promise, new Promise<void>((resolve) => this.options.timers.setTimeout(resolve, this.options.welcomeTimeoutMs))])
		}
		const v2 = v2Token !== '' && this.#features.has('hello-v2')
		const reply = await this.options.requests.send(socket, 'hello', {
			version: v2 ? '2.0' : '1.0',
			auth: {
				url: this.options.backendUrl,
				params: v2 ? { token: v2Token } : this.#settings.helloAuthParams['1.0'],
			},
		})
		this.#done(reply)
	}

	#done(reply: ServerMessage): void {
		const hello = reply.hello
		if (reply.type !== 'hello' || hello === undefined || typeof hello.sessionid !== 'string') {
			throw new ExternalSignalingError('invalid_reply', `unexpected answer "${reply.type}" to hello`, 'hello')
		}
		this.#sessionId = hello.sessionid
		this.#resumeId = hello.resumeid
		if (Array.isArray(hello.server?.features)) {
			this.#features = new Set(hello.server.features)
		}
	}
}

/** A promise with its resolve function. */
function deferred(): Deferred {
	let resolve: () => void = () => {}
	const promise = new Promise<void>((done) => {
		resolve = done
	})
	return { promise, resolve }
}

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { spawn } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Debian's janus package (`apt-get install janus`). */
const JANUS_BINARY = process.env.HPB_JANUS_BINARY ?? '/usr/bin/janus'
const JANUS_LIBRARIES = process.env.HPB_JANUS_LIBRARIES ?? '/usr/lib/x86_64-linux-gnu/janus'
const START_TIMEOUT_MS = 15_000

/**
 * Starts Janus for one run of the signaling stand-in: its own configuration folder in a
 * temporary folder (only the video room plugin and the WebSocket transport, WebSockets on a
 * free loopback port, no admin API, ICE on the loopback interface only, full trickle as the
 * signaling server wants it, coturn as TURN server when given), and resolves once its
 * WebSocket API accepts connections.
 *
 * Janus runs under a small shell that kills it (and removes the folder) when this process's end
 * closes its stdin, so a stand-in that dies without cleaning up (SIGKILL) leaves no Janus behind;
 * stop() ends it at once.
 *
 * @param {{ log: (line: string) => void, turn?: { host: string, port: number, secret: string } | null }} options
 *   turn: a coturn with `use-auth-secret` (the cluster stack's): Janus gets long-lived REST API credentials for it
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startJanus({ log, turn = null }) {
	const folder = mkdtempSync(join(tmpdir(), 'vv-janus-'))
	const port = await freeLoopbackPort()
	writeConfiguration(folder, port, turn)
	const watchdog = 'folder=$1; janus_bin=$2; shift 2; "$janus_bin" "$@" & janus=$!; '
		+ 'trap \'kill $janus 2>/dev/null\' TERM INT HUP; cat >/dev/null; kill $janus 2>/dev/null; wait $janus; rm -rf "$folder"'
	const janusArguments = ['--configs-folder', folder, '--config', join(folder, 'janus.jcfg'), '--disable-colors', '--debug-level', process.env.HPB_JANUS_DEBUG ?? '3']
	const shell = spawn('/bin/sh', ['-c', watchdog, 'janus-watchdog', folder, JANUS_BINARY, ...janusArguments], { stdio: ['pipe', 'pipe', 'pipe'] })
	shell.stdout.on('data', (chunk) => forward(log, chunk))
	shell.stderr.on('data', (chunk) => forward(log, chunk))
	const exited = new Promise((resolve) => shell.once('exit', resolve))
	let stopped = false
	const stop = async () => {
		if (stopped) {
			return
		}
		stopped = true
		if (shell.exitCode === null && shell.signalCode === null) {
			// The watchdog's stdin closing makes it stop Janus and wait for it.
			shell.stdin.end()
			const killer = setTimeout(() => shell.kill('SIGKILL'), 10_000)
			await exited
			clearTimeout(killer)
		}
		rmSync(folder, { recursive: true, force: true })
	}
	const url = `ws://127.0.0.1:${port}/`
	try {
		await waitForPort(port, shell)
	} catch (error) {
		await stop()
		throw error
	}
	log(`Janus listening on ${url} (configuration in ${folder})`)
	return { url, stop }
}

/**
 * @param {string} folder the run's configuration folder
 * @param {number} port the WebSocket API's port
 * @param {{ host: string, port: number, secret: string } | null} turn coturn, or none
 */
function writeConfiguration(folder, port, turn) {
	// TURN REST API credentials (coturn's use-auth-secret, as Talk hands them out): user
	// "<expiry>:<name>", password base64(HMAC-SHA1(secret, user)); valid for a day.
	let turnLines = ''
	if (turn !== null) {
		const user = `${Math.floor(Date.now() / 1000) + 86_400}:janus`
		const password = createHmac('sha1', turn.secret).update(user).digest('base64')
		turnLines = `\tturn_server = "${turn.host}"\n\tturn_port = ${turn.port}\n\tturn_type = "udp"\n\tturn_user = "${user}"\n\tturn_pwd = "${password}"\n`
	}
	writeFileSync(join(folder, 'janus.jcfg'), `general: {
	configs_folder = "${folder}"
	plugins_folder = "${JANUS_LIBRARIES}/plugins"
	transports_folder = "${JANUS_LIBRARIES}/transports"
	events_folder = "${JANUS_LIBRARIES}/events"
	loggers_folder = "${JANUS_LIBRARIES}/loggers"
	server_name = "vv-demo-janus"
	session_timeout = 60
}
plugins: {
	disable = "libjanus_audiobridge.so,libjanus_duktape.so,libjanus_echotest.so,libjanus_lua.so,libjanus_nosip.so,libjanus_recordplay.so,libjanus_sip.so,libjanus_streaming.so,libjanus_textroom.so,libjanus_videocall.so,libjanus_voicemail.so"
}
transports: {
	disable = "libjanus_http.so,libjanus_mqtt.so,libjanus_nanomsg.so,libjanus_pfunix.so,libjanus_rabbitmq.so"
}
loggers: {
	disable = "libjanus_jsonlog.so"
}
events: {
	broadcast = false
	disable = "libjanus_gelfevh.so,libjanus_mqttevh.so,libjanus_nanomsgevh.so,libjanus_rabbitmqevh.so,libjanus_sampleevh.so,libjanus_wsevh.so"
}
media: {
	rtp_port_range = "40000-49000"
}
nat: {
	full_trickle = true
	ice_enforce_list = "lo"
	ignore_mdns = true
${turnLines}}
`)
	writeFileSync(join(folder, 'janus.plugin.videoroom.jcfg'), 'general: {\n\tstring_ids = false\n}\n')
	writeFileSync(join(folder, 'janus.transport.websockets.jcfg'), `general: {
	json = "plain"
	ws = true
	ws_port = ${port}
	ws_ip = "127.0.0.1"
	wss = false
}
admin: {
	admin_ws = false
	admin_wss = false
}
`)
}

/**
 * @param {(line: string) => void} log the stand-in's log
 * @param {Buffer} chunk Janus's output
 */
function forward(log, chunk) {
	for (const line of chunk.toString('utf8').split('\n')) {
		if (line.trim() !== '') {
			log(`janus: ${line}`)
		}
	}
}

/** @returns {Promise<number>} a port nobody listens on now */
function freeLoopbackPort() {
	return new Promise((resolve, reject) => {
		const probe = createServer()
		probe.once('error', reject)
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address()
			probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no free port'))))
		})
	})
}

/**
 * @param {number} port Janus's WebSocket port
 * @param {import('node:child_process').ChildProcess} process its watchdog shell
 */
async function waitForPort(port, process) {
	const { connect } = await import('node:net')
	const deadline = Date.now() + START_TIMEOUT_MS
	while (Date.now() < deadline) {
		if (process.exitCode !== null || process.signalCode !== null) {
			throw new Error(`Janus ended before it listened on 127.0.0.1:${port} (is the janus package installed?)`)
		}
		const open = await new Promise((resolve) => {
			const socket = connect({ host: '127.0.0.1', port }, () => {
				socket.end()
				resolve(true)
			})
			socket.once('error', () => resolve(false))
		})
		if (open) {
			return
		}
		await new Promise((wake) => setTimeout(wake, 100))
	}
	throw new Error(`Janus did not listen on 127.0.0.1:${port} within ${START_TIMEOUT_MS / 1000} s`)
}

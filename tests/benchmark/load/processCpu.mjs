/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { readdirSync, readFileSync } from 'node:fs'

/*
 * CPU time of the processes that serve the demo (PHP-FPM masters and workers or php -S,
 * nginx or the Node front of the embedded pool, PostgreSQL, MariaDB, Redis, coturn), from
 * /proc/<pid>/stat: utime + stime of each live process plus cutime + cstime, the time of the
 * children it has reaped (PostgreSQL's backends come and go with each PHP request's connection;
 * the postmaster reaps them). Summed over live processes this counts every process of the tree
 * once.
 */

const TICKS_PER_SECOND = 100

/**
 * @typedef {{ pid: number, ppid: number, comm: string, ticks: number }} ProcessTicks
 */

/** @return {Map<number, ProcessTicks>} */
function allProcesses() {
	const processes = new Map()
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) {
			continue
		}
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
			const close = stat.lastIndexOf(')')
			const comm = stat.slice(stat.indexOf('(') + 1, close)
			// Fields after the command: state ppid … utime(14) stime(15) cutime(16) cstime(17)
			const fields = stat.slice(close + 2).split(' ')
			const ppid = Number(fields[1])
			const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
			processes.set(Number(entry), { pid: Number(entry), ppid, comm, ticks })
		} catch {
			// It ended while we looked
		}
	}
	return processes
}

/**
 * @param {number} pid
 */
function commandLine(pid) {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
	} catch {
		return ''
	}
}

/**
 * What a process counts as in the report.
 *
 * @param {string} comm the kernel's name of the process
 */
export function serviceOf(comm) {
	if (comm.startsWith('php-fpm')) {
		return 'php-fpm'
	}
	if (comm === 'php') {
		return 'php -S'
	}
	// Node 24 names its main thread, and so the process, "MainThread"
	if (comm === 'node' || comm === 'MainThread') {
		return 'node front'
	}
	if (comm.startsWith('postgres') || comm === 'postmaster') {
		return 'postgres'
	}
	if (comm.startsWith('redis')) {
		return 'redis'
	}
	if (comm.startsWith('nginx')) {
		return 'nginx'
	}
	if (comm.startsWith('mariadb') || comm.startsWith('mysqld')) {
		return 'mariadb'
	}
	if (comm.startsWith('turnserver')) {
		return 'coturn'
	}
	return 'other'
}

/**
 * The CPU seconds each service of the stack has used so far: the tree under `rootPid`, and the
 * trees of processes whose command line names `folder` (PostgreSQL detaches from its starter).
 *
 * @param {number} rootPid the stack's starter
 * @param {string} folder the stack's run folder
 * @return {Record<string, number>} service → CPU seconds
 */
export function stackCpuSeconds(rootPid, folder) {
	const processes = allProcesses()
	const children = new Map()
	for (const process of processes.values()) {
		children.set(process.ppid, [...(children.get(process.ppid) ?? []), process.pid])
	}
	const roots = [rootPid, ...[...processes.keys()].filter((pid) => pid !== rootPid && commandLine(pid).includes(folder))]
	const seen = new Set()
	const queue = [...roots]
	while (queue.length > 0) {
		const pid = queue.pop()
		if (seen.has(pid) || !processes.has(pid)) {
			continue
		}
		seen.add(pid)
		queue.push(...(children.get(pid) ?? []))
	}
	/** @type {Record<string, number>} */
	const seconds = {}
	for (const pid of seen) {
		const process = processes.get(pid)
		const service = serviceOf(process.comm)
		if (service === 'other') {
			// The starter shell and its sleeps
			continue
		}
		seconds[service] = (seconds[service] ?? 0) + process.ticks / TICKS_PER_SECOND
	}
	return seconds
}

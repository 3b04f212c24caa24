<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\VideoVerification\Demo\Container;

use Psr\Container\ContainerInterface;

/**
 * The demo's DI container: explicit factories for the OCP services, constructor
 * autowiring (by type, `$appName`, `$userId`) for everything else, one instance per request.
 */
final class ServiceContainer implements ContainerInterface {
	/** @var array<string, \Closure(self): mixed> */
	private array $factories = [];
	/** @var array<string, mixed> */
	private array $instances = [];
	/** @var array<string, mixed> */
	private array $parameters = [];

	/**
	 * @param \Closure(self): mixed $factory
	 */
	public function register(string $id, \Closure $factory): void {
		$this->factories[$id] = $factory;
		unset($this->instances[$id]);
	}

	public function alias(string $alias, string $target): void {
		$this->register($alias, fn (self $c) => $c->get($target));
	}

	public function setParameter(string $name, mixed $value): void {
		$this->parameters[$name] = $value;
	}

	public function has(string $id): bool {
		return isset($this->factories[$id]) || isset($this->instances[$id]) || class_exists($id);
	}

	public function get(string $id): mixed {
		if (array_key_exists($id, $this->instances)) {
			return $this->instances[$id];
		}
		if (isset($this->factories[$id])) {
			return $this->instances[$id] = ($this->factories[$id])($this);
		}
		if (class_exists($id)) {
			return $this->instances[$id] = $this->build($id);
		}
		throw new ServiceNotFound('The demo host has no service for ' . $id);
	}

	/**
	 * @template T of object
	 * @param class-string<T> $class
	 * @return T
	 */
	public function build(string $class): object {
		$reflection = new \ReflectionClass($class);
		if (!$reflection->isInstantiable()) {
			throw new ServiceNotFound('The demo host has no implementation of ' . $class);
		}
		$constructor = $reflection->getConstructor();
		if ($constructor === null) {
			return $reflection->newInstance();
		}
		$arguments = [];
		foreach ($constructor->getParameters() as $parameter) {
			$arguments[] = $this->resolveParameter($parameter, $class);
		}
		return $reflection->newInstanceArgs($arguments);
	}

	private function resolveParameter(\ReflectionParameter $parameter, string $class): mixed {
		$name = $parameter->getName();
		$type = $parameter->getType();
		if ($type instanceof \ReflectionNamedType && !$type->isBuiltin()) {
			return $this->get($type->getName());
		}
		if (array_key_exists($name, $this->parameters)) {
			return $this->parameters[$name];
		}
		if ($parameter->isDefaultValueAvailable()) {
			return $parameter->getDefaultValue();
		}
		if ($parameter->allowsNull()) {
			return null;
		}
		throw new ServiceNotFound('Cannot autowire $' . $name . ' of ' . $class);
	}
}

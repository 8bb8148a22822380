package main

import "github.com/kansrijk/brug/internal/server"

func serverConfig(o *options) server.Config {
	return server.Config{Dev: o.dev, Introspection: o.introspection}
}

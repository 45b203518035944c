// dockerfile-check parses a Dockerfile with BuildKit's own parser (the frontend `docker build` uses),
// validates every instruction's arguments and runs the lint rules that apply while parsing. It prints
// the stages and their instructions as JSON, for tests to inspect, and exits 1 on an error or a lint
// warning. It stands in for `docker build --check` where no Docker engine runs.
//
//	dockerfile-check infra/docker/Dockerfile
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/linter"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
)

type stage struct {
	Name         string   `json:"name"`
	Base         string   `json:"base"`
	Instructions []string `json:"instructions"`
}

func main() {
	if len(os.Args) != 2 {
		fail(fmt.Errorf("usage: dockerfile-check DOCKERFILE"))
	}
	file, err := os.Open(os.Args[1])
	if err != nil {
		fail(err)
	}
	defer file.Close()
	parsed, err := parser.Parse(file)
	if err != nil {
		fail(err)
	}
	warnings := []string{}
	lint := linter.New(&linter.Config{Warn: func(rule, _, _, message string, location []parser.Range) {
		line := 0
		if len(location) > 0 {
			line = location[0].Start.Line
		}
		warnings = append(warnings, fmt.Sprintf("line %d: %s: %s", line, rule, message))
	}})
	stages, _, err := instructions.Parse(parsed.AST, lint)
	if err != nil {
		fail(err)
	}
	for _, warning := range parsed.Warnings {
		warnings = append(warnings, fmt.Sprintf("line %d: %s", warning.Location.Start.Line, warning.Short))
	}
	out := []stage{}
	for _, s := range stages {
		commands := []string{}
		for _, command := range s.Commands {
			commands = append(commands, fmt.Sprint(command))
		}
		out = append(out, stage{Name: s.Name, Base: s.BaseName, Instructions: commands})
	}
	json.NewEncoder(os.Stdout).Encode(map[string]any{"stages": out, "warnings": warnings})
	if len(warnings) > 0 {
		os.Exit(1)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

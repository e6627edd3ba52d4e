using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(RelationshipKit.Benchmarks.SpecialFunctionsBenchmarks).Assembly).Run(args);

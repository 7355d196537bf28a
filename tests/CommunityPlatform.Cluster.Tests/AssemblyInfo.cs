// Each test here starts host processes; two at once on the machine's few cores would only make both slow.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

"""`make bench`: the assistant against Rasa's starter bot, through the REST channel.

- bench.run       the command (python -m bench.run [--quick] ...), the table, docs/performance.md
- bench.servers   starting the real Rasa and action servers; resident memory from /proc
- bench.patients  simulated patients (our check, every language with patient material:
                  bench.patients.languages(); buttons and free text)
                  and the starter bot's small talk
- bench.load      the load shapes (people typing; saturation) and their statistics
- bench.machine   what machine this ran on
- bench.flood     patients talking while one address floods the guarded REST channel (issue 15)
"""

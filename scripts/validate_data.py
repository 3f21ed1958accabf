"""`rasa data validate`, strict: every warning fails, except Rasa's "utterance not used
in any story or rule" for responses that our custom actions or our Rasa patches send,
or that the forms ask (Rasa's validator cannot see inside Python code)."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNUSED = re.compile(r"The utterance '(utter_\w+)' is not used in any story or rule")
# bot/nlu/question_topics.py reads every topic intent (faq_*) as ask_question: the topics
# are in no rule, and ask_question has no examples of its own.
SET_BY_QUESTION_TOPICS = re.compile(
    r"The intent 'faq_\w+' is not used in any story or rule"
    r"|The intent 'ask_question' is listed in the domain file, but is not found in the NLU training data"
    # handoff_resolved is triggered by bot/channels/chatwoot_handoff.py (Chatwoot's webhook), never typed
    r"|The intent 'handoff_resolved' is (listed in the domain file, but is not found in the NLU training data"
    r"|not used in any story or rule)"
)


def sent_by_actions() -> list:
    """Response names (or f-string prefixes such as utter_explain_) used in our code."""
    files = [*(ROOT / "actions").glob("*.py"), *(ROOT / "bot" / "patches").glob("*.py"), ROOT / "bot" / "clinical" / "check_flow.py",
             ROOT / "bot" / "practice_inbox" / "flow.py", ROOT / "bot" / "practice_inbox" / "handoff.py"]
    source = "\n".join(p.read_text() for p in files)
    return re.findall(r"[\"'](utter_[a-z_]*)", source)


def main() -> int:
    rasa = Path(sys.executable).parent / "rasa"
    run = subprocess.run([str(rasa), "data", "validate", "--domain", "domain"], cwd=ROOT,
                         capture_output=True, text=True)
    output = run.stdout + run.stderr
    names = sent_by_actions()
    problems = []
    for line in output.splitlines():
        if "UserWarning" not in line and "ERROR" not in line:
            continue
        if SET_BY_QUESTION_TOPICS.search(line):
            continue
        match = UNUSED.search(line)
        if match:
            name = match.group(1)
            if name.startswith("utter_ask_") or any(name == n or (n.endswith("_") and name.startswith(n)) for n in names):
                continue
        problems.append(line.strip())
    if run.returncode != 0 or problems:
        print(output if run.returncode != 0 else "\n".join(problems))
        print(f"rasa data validate: {len(problems)} problem(s), exit {run.returncode}")
        return 1
    print("rasa data validate: clean (responses sent by custom actions excepted)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#include "core/python/handlerinspector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fstudio;
using namespace Qt::StringLiterals;

class TestHandlerInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void source_data();
    void source();
    void parameterLines();
    void findingsNameLines();
    void folder_data();
    void folder();
};

// Columns: the file, whether handle is found, its line, its parameter names, and the codes of
// all findings (sorted) that must be reported, nothing more.
void TestHandlerInspector::source_data()
{
    QTest::addColumn<QString>("src");
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("minimal") << u"def handle(data):\n    return data\n"_s << true << 1 << QStringList{u"data"_s} << QStringList{};
    QTest::newRow("all four") << u"def handle(data, client, secrets, function_call_info):\n    return {}\n"_s << true << 1
                              << QStringList{u"data"_s, u"client"_s, u"secrets"_s, u"function_call_info"_s} << QStringList{};
    QTest::newRow("no params") << u"def handle():\n    return 1\n"_s << true << 1 << QStringList{} << QStringList{};
    QTest::newRow("typical sdk example") << uR"py(from cognite.client import CogniteClient


def handle(client: CogniteClient, data: dict) -> dict:
    """Return the number of assets.

    def handle(bogus): this is a docstring, not code
    """
    assets = client.assets.list(limit=data.get("limit", 10))
    return {"count": len(assets)}
)py"_s << true << 4 << QStringList{u"client"_s, u"data"_s}
                                         << QStringList{};
    QTest::newRow("multi-line annotated with defaults and comments") << uR"py(import json
from typing import Any, Optional


def handle(
    data: dict[str, Any],  # the call input
    client: Optional["CogniteClient"] = None,  # (may be None locally)
    secrets: dict = {"a,b": "(c)"},
    function_call_info: dict | None = None,
) -> dict:
    return {}
)py"_s << true << 5 << QStringList{u"data"_s, u"client"_s, u"secrets"_s, u"function_call_info"_s}
                                                                     << QStringList{};
    QTest::newRow("unknown param") << u"def handle(data, config):\n    pass\n"_s << true << 1 << QStringList{u"data"_s, u"config"_s}
                                   << QStringList{u"handle-parameter"_s};
    QTest::newRow("typo in param") << u"def handle(data, secret):\n    pass\n"_s << true << 1 << QStringList{u"data"_s, u"secret"_s}
                                   << QStringList{u"handle-parameter"_s};
    QTest::newRow("self param") << u"def handle(self, data):\n    pass\n"_s << true << 1 << QStringList{u"self"_s, u"data"_s}
                                << QStringList{u"handle-parameter"_s};
    QTest::newRow("async") << u"import asyncio\n\nasync def handle(data):\n    await asyncio.sleep(1)\n"_s << true << 3 << QStringList{u"data"_s}
                           << QStringList{u"handle-async"_s};
    QTest::newRow("last def wins") << u"def handle(data, wrong):\n    pass\n\n\ndef handle(data):\n    pass\n"_s << true << 5
                                   << QStringList{u"data"_s} << QStringList{};
    QTest::newRow("last def wins (bad one last)") << u"def handle(data):\n    pass\n\ndef handle(x):\n    pass\n"_s << true << 4
                                                  << QStringList{u"x"_s} << QStringList{u"handle-parameter"_s};
    QTest::newRow("assignment") << u"from impl import run\n\nhandle = run\n"_s << true << 3 << QStringList{} << QStringList{u"handle-assignment"_s};
    QTest::newRow("annotated assignment") << u"from impl import run\nhandle: object = run\n"_s << true << 2 << QStringList{}
                                          << QStringList{u"handle-assignment"_s};
    QTest::newRow("assignment after def wins") << u"def handle(data):\n    pass\nhandle = other\n"_s << true << 3 << QStringList{}
                                               << QStringList{u"handle-assignment"_s};
    QTest::newRow("comparison is not assignment") << u"def handle(data):\n    pass\nhandle == 1\n"_s << true << 1 << QStringList{u"data"_s}
                                                  << QStringList{};
    QTest::newRow("method in class ignored") << u"class Job:\n    def handle(self, data):\n        pass\n"_s << false << 0 << QStringList{}
                                             << QStringList{u"handle-not-found"_s};
    QTest::newRow("nested def ignored") << u"def outer():\n    def handle(data):\n        pass\n    return handle\n"_s << false << 0 << QStringList{}
                                        << QStringList{u"handle-not-found"_s};
    QTest::newRow("in if block ignored") << u"if True:\n    def handle(data):\n        pass\n"_s << false << 0 << QStringList{}
                                         << QStringList{u"handle-not-found"_s};
    QTest::newRow("imported handle") << u"from mypkg.main import handle\n"_s << false << 0 << QStringList{} << QStringList{u"handle-not-found"_s};
    QTest::newRow("empty file") << u""_s << false << 0 << QStringList{} << QStringList{u"handle-not-found"_s};
    QTest::newRow("only comments") << u"# def handle(data):\n#    pass\n"_s << false << 0 << QStringList{} << QStringList{u"handle-not-found"_s};
    QTest::newRow("handle in string") << u"code = \"def handle(data): pass\"\n"_s << false << 0 << QStringList{}
                                      << QStringList{u"handle-not-found"_s};
    QTest::newRow("handle in triple string") << u"'''\ndef handle(data):\n    pass\n'''\n"_s << false << 0 << QStringList{}
                                             << QStringList{u"handle-not-found"_s};
    QTest::newRow("handler is a different name") << u"def handler(data):\n    pass\n"_s << false << 0 << QStringList{}
                                                 << QStringList{u"handle-not-found"_s};
    QTest::newRow("handle_data prefix") << u"def handle_data(data):\n    pass\n"_s << false << 0 << QStringList{}
                                        << QStringList{u"handle-not-found"_s};
    QTest::newRow("decorated") << u"import functools\n\n@functools.lru_cache\ndef handle(data):\n    pass\n"_s << true << 4 << QStringList{u"data"_s}
                               << QStringList{};
    QTest::newRow("kwonly allowed") << u"def handle(data, *, client=None):\n    pass\n"_s << true << 1 << QStringList{u"data"_s, u"client"_s}
                                    << QStringList{};
    QTest::newRow("kwonly unknown with default") << u"def handle(data, *, retries=3):\n    pass\n"_s << true << 1
                                                 << QStringList{u"data"_s, u"retries"_s} << QStringList{u"handle-parameter"_s};
    QTest::newRow("varargs") << u"def handle(*args, **kwargs):\n    pass\n"_s << true << 1 << QStringList{u"args"_s, u"kwargs"_s}
                             << QStringList{u"handle-varargs"_s, u"handle-varargs"_s};
    QTest::newRow("positional only marker") << u"def handle(data, /, client):\n    pass\n"_s << true << 1 << QStringList{u"data"_s, u"client"_s}
                                            << QStringList{};
    QTest::newRow("trailing comma") << u"def handle(data, client,):\n    pass\n"_s << true << 1 << QStringList{u"data"_s, u"client"_s}
                                    << QStringList{};
    QTest::newRow("line continuation") << u"def handle(data, \\\n           client):\n    pass\n"_s << true << 1
                                       << QStringList{u"data"_s, u"client"_s} << QStringList{};
    QTest::newRow("default with parens and commas")
        << u"def handle(data=dict(a=1, b=(2, 3)), client=None):\n    pass\n"_s << true << 1 << QStringList{u"data"_s, u"client"_s} << QStringList{};
    QTest::newRow("default with string paren") << u"def handle(data=\")\", client=None):\n    pass\n"_s << true << 1
                                               << QStringList{u"data"_s, u"client"_s} << QStringList{};
    QTest::newRow("tabs") << u"import os\ndef handle(data):\n\tif data:\n\t\treturn 1\n"_s << true << 2 << QStringList{u"data"_s} << QStringList{};
    QTest::newRow("crlf") << u"import os\r\n\r\ndef handle(data,\r\n  client):\r\n    return 1\r\n"_s << true << 3
                          << QStringList{u"data"_s, u"client"_s} << QStringList{};
    QTest::newRow("import logging") << u"import logging\n\nlogger = logging.getLogger(__name__)\n\ndef handle(data):\n    logger.info('x')\n"_s
                                    << true << 5 << QStringList{u"data"_s} << QStringList{u"import-logging"_s};
    QTest::newRow("from logging import") << u"from logging import getLogger\ndef handle(data):\n    pass\n"_s << true << 2 << QStringList{u"data"_s}
                                         << QStringList{u"import-logging"_s};
    QTest::newRow("logging inside function") << u"def handle(data):\n    import logging\n    logging.info('x')\n"_s << true << 1
                                             << QStringList{u"data"_s} << QStringList{u"import-logging"_s};
    QTest::newRow("logging_utils is not logging") << u"import logging_utils\ndef handle(data):\n    pass\n"_s << true << 2 << QStringList{u"data"_s}
                                                  << QStringList{};
    QTest::newRow("relative import") << u"from .helpers import util\n\ndef handle(data):\n    return util(data)\n"_s << true << 3
                                     << QStringList{u"data"_s} << QStringList{u"relative-import"_s};
    QTest::newRow("relative import parent") << u"from ..shared import x\ndef handle(data):\n    pass\n"_s << true << 2 << QStringList{u"data"_s}
                                            << QStringList{u"relative-import"_s};
    QTest::newRow("absolute import fine") << u"from helpers import util\nimport shared.tools\ndef handle(data):\n    pass\n"_s << true << 3
                                          << QStringList{u"data"_s} << QStringList{};
    QTest::newRow("unterminated string") << u"def handle(data):\n    return \"oops\n"_s << false << 0 << QStringList{} << QStringList{u"syntax"_s};
    QTest::newRow("unterminated triple") << u"\"\"\"docstring\ndef handle(data):\n    pass\n"_s << false << 0 << QStringList{}
                                         << QStringList{u"syntax"_s};
    QTest::newRow("unclosed bracket") << u"def handle(data,\n    pass\n"_s << false << 0 << QStringList{} << QStringList{u"syntax"_s};
    QTest::newRow("escaped quote in string") << u"x = 'it\\'s'\ndef handle(data):\n    pass\n"_s << true << 2 << QStringList{u"data"_s}
                                             << QStringList{};
    QTest::newRow("raw string with backslash") << u"PATTERN = r\"\\d+\\\"\"\ndef handle(data):\n    pass\n"_s << true << 2 << QStringList{u"data"_s}
                                               << QStringList{};
    QTest::newRow("f-string") << u"name = 'x'\nmsg = f\"hello {name}\"\ndef handle(data):\n    print(msg)\n"_s << true << 3 << QStringList{u"data"_s}
                              << QStringList{};
    QTest::newRow("bytes prefix") << u"B = b'def handle(x):'\ndef handle(data):\n    pass\n"_s << true << 2 << QStringList{u"data"_s}
                                  << QStringList{};
    QTest::newRow("main guard after") << u"def handle(data, client):\n    return 1\n\nif __name__ == '__main__':\n    handle({}, None)\n"_s << true
                                      << 1 << QStringList{u"data"_s, u"client"_s} << QStringList{};
    QTest::newRow("semicolon one-liner") << u"def handle(data): return data\n"_s << true << 1 << QStringList{u"data"_s} << QStringList{};
    QTest::newRow("return annotation with parens") << u"def handle(data) -> tuple[int, (str)]:\n    pass\n"_s << true << 1 << QStringList{u"data"_s}
                                                   << QStringList{};
    QTest::newRow("async then sync") << u"async def handle(data):\n    pass\ndef handle(data):\n    pass\n"_s << true << 3 << QStringList{u"data"_s}
                                     << QStringList{};
    QTest::newRow("big realistic") << uR"py(#!/usr/bin/env python3
"""Daily aggregation job.

Computes rolling averages for every time series in the given data set.
"""
from __future__ import annotations

import os
import time
from datetime import datetime, timezone

import numpy as np  # pinned in requirements.txt

from shared.config import Settings
from shared.client_factory import make_client


SETTINGS = Settings(
    window="1d",
    aggregates=["average", "max"],  # keep in sync with the dashboard
)


def _chunks(items, n):
    for i in range(0, len(items), n):
        yield items[i : i + n]


class Aggregator:
    def __init__(self, client):
        self.client = client

    def handle(self, data):  # not the entry point
        return None


def handle(
    client,
    data,
    secrets,  # {"api-key": "..."}
    function_call_info,
):
    started = time.time()
    agg = Aggregator(client)
    print(f"call {function_call_info['call_id']} started at {datetime.now(timezone.utc)}")
    return {"seconds": time.time() - started}
)py"_s << true << 37 << QStringList{u"client"_s, u"data"_s, u"secrets"_s, u"function_call_info"_s}
                                   << QStringList{};
}

void TestHandlerInspector::source()
{
    QFETCH(QString, src);
    QFETCH(bool, found);
    QFETCH(int, line);
    QFETCH(QStringList, params);
    QFETCH(QStringList, codes);
    const HandlerReport r = HandlerInspector::inspectSource(src);
    QCOMPARE(r.found, found);
    QCOMPARE(r.line, line);
    QCOMPARE(r.parameterNames(), params);
    QStringList got;
    for (const auto &f : r.findings)
        got << f.code;
    got.sort();
    codes.sort();
    QCOMPARE(got, codes);
    for (const auto &f : r.findings)
        QVERIFY2(f.message.size() > 30, qPrintable(f.message));
}

void TestHandlerInspector::parameterLines()
{
    const QString src = u"import os\n\ndef handle(\n    data,  # input\n    config: dict = {},\n    *,\n    client=None,\n):\n    pass\n"_s;
    const HandlerReport r = HandlerInspector::inspectSource(src);
    QCOMPARE(r.parameters.size(), 3);
    QCOMPARE(r.parameters[0].line, 4);
    QCOMPARE(r.parameters[1].line, 5);
    QCOMPARE(r.parameters[1].hasDefault, true);
    QCOMPARE(r.parameters[2].line, 7);
    QCOMPARE(r.parameters[2].kind, HandlerParameter::Kind::KeywordOnly);
    const HandlerFinding *f = r.find(u"handle-parameter"_s);
    QVERIFY(f);
    QCOMPARE(f->line, 5);
    QCOMPARE(f->severity, HandlerFinding::Severity::Error);
    QVERIFY(f->message.contains(u"\"config\""_s));
    QVERIFY(f->message.contains(u"data, client, secrets, function_call_info"_s));
}

void TestHandlerInspector::findingsNameLines()
{
    const QString src = u"import json\nimport logging\nfrom .util import x\n\nasync def handle(data):\n    pass\n"_s;
    const HandlerReport r = HandlerInspector::inspectSource(src, u"handler.py"_s);
    QCOMPARE(r.find(u"import-logging"_s)->line, 2);
    QCOMPARE(r.find(u"import-logging"_s)->severity, HandlerFinding::Severity::Hint);
    QCOMPARE(r.find(u"relative-import"_s)->line, 3);
    QCOMPARE(r.find(u"relative-import"_s)->severity, HandlerFinding::Severity::Warning); // entry at the root
    QCOMPARE(r.find(u"handle-async"_s)->line, 5);
    QVERIFY(r.hasErrors());
    // In a package folder, a relative import is only a hint.
    const HandlerReport nested = HandlerInspector::inspectSource(src, u"pkg/handler.py"_s);
    QCOMPARE(nested.find(u"relative-import"_s)->severity, HandlerFinding::Severity::Hint);
    // Not found, but a nested handle is pointed at.
    const HandlerReport nf = HandlerInspector::inspectSource(u"class A:\n\n    def handle(self):\n        pass\n"_s);
    QCOMPARE(nf.find(u"handle-not-found"_s)->line, 3);
    QVERIFY(nf.find(u"handle-not-found"_s)->message.contains(u"indented"_s));
    const HandlerReport unterminated = HandlerInspector::inspectSource(u"a = 1\nb = '''\n"_s);
    QCOMPARE(unterminated.find(u"syntax"_s)->line, 2);
}

void TestHandlerInspector::folder_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("functionPath");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("complete") << QStringList{u"handler.py"_s, u"requirements.txt"_s} << u"handler.py"_s << QStringList{};
    QTest::newRow("no requirements") << QStringList{u"handler.py"_s} << u"handler.py"_s << QStringList{u"requirements-missing"_s};
    QTest::newRow("requirement.txt") << QStringList{u"handler.py"_s, u"requirement.txt"_s} << u"handler.py"_s
                                     << QStringList{u"requirements-misspelled"_s};
    QTest::newRow("requirments.txt") << QStringList{u"handler.py"_s, u"requirments.txt"_s} << u"handler.py"_s
                                     << QStringList{u"requirements-misspelled"_s};
    QTest::newRow("Requirements.txt") << QStringList{u"handler.py"_s, u"Requirements.txt"_s} << u"handler.py"_s
                                      << QStringList{u"requirements-misspelled"_s};
    QTest::newRow("requirements.text") << QStringList{u"handler.py"_s, u"requirements.text"_s} << u"handler.py"_s
                                       << QStringList{u"requirements-misspelled"_s};
    QTest::newRow("requirements-dev.txt alone") << QStringList{u"handler.py"_s, u"requirements-dev.txt"_s} << u"handler.py"_s
                                                << QStringList{u"requirements-missing"_s};
    QTest::newRow("next to nested entry") << QStringList{u"fn/handler.py"_s, u"fn/requirements.txt"_s} << u"fn/handler.py"_s
                                          << QStringList{u"requirements-not-at-root"_s};
    QTest::newRow("nested entry ok") << QStringList{u"fn/handler.py"_s, u"requirements.txt"_s} << u"fn/handler.py"_s << QStringList{};
    QTest::newRow("entry missing") << QStringList{u"main.py"_s, u"requirements.txt"_s} << u"handler.py"_s << QStringList{u"entry-missing"_s};
}

void TestHandlerInspector::folder()
{
    QFETCH(QStringList, files);
    QFETCH(QString, functionPath);
    QFETCH(QStringList, codes);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    for (const QString &f : files) {
        QDir().mkpath(QFileInfo(tmp.filePath(f)).path());
        QFile file(tmp.filePath(f));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(f.endsWith(u".py"_s) ? "def handle(data):\n    return data\n" : "requests==2.32.3\n");
    }
    const HandlerReport r = HandlerInspector::inspectFolder(tmp.path(), functionPath);
    QStringList got;
    for (const auto &f : r.findings)
        got << f.code;
    got.sort();
    codes.sort();
    QCOMPARE(got, codes);
}

QTEST_GUILESS_MAIN(TestHandlerInspector)
#include "tst_handlerinspector.moc"

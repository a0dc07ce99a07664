#pragma once

#include <QString>
#include <QUrl>

namespace fstudio::api {

// Where a CDF project lives: base URL (from a cluster name or a full URL) and project name.
struct ConnectionConfig
{
    QUrl baseUrl; // e.g. https://westeurope-1.cognitedata.com (no trailing slash)
    QString project;
    QString appName = QStringLiteral("FunctionsStudio");
    QString cdfVersion = QStringLiteral("20230101");

    // "westeurope-1" -> https://westeurope-1.cognitedata.com; a URL is used as given (trailing / dropped).
    static QUrl baseUrlFrom(const QString &clusterOrUrl);
    static bool isLoopback(const QUrl &url);
    // Empty when usable; otherwise what is wrong and how to fix it.
    QString problem() const;
    QUrl projectUrl(const QString &relativePath) const; // {base}/api/v1/projects/{project}/{path}
    QUrl apiUrl(const QString &absolutePath) const; // {base}{path}
};

} // namespace fstudio::api

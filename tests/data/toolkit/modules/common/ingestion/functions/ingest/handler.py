def handle(client, data):
    return {"function": "ingest", "data": data}

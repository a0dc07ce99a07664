def handle(client, data):
    return {"function": "publish", "data": data}

def handle(client, data):
    return {"function": "broken", "data": data}

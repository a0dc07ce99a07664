def handle(client, data):
    return {"function": "transform", "data": data}

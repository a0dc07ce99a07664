"""A function that succeeds: greets whoever is named in the call data."""


def handle(data, function_call_info):
    name = data.get("name", "world")
    print(f"Saying hello to {name}")
    return {"greeting": f"Hello, {name}!", "callId": function_call_info.get("call_id")}

"""A receiver that reads each POST body and answers a tiny JSON: the transport floor.

Same stack as the hub (FastAPI on uvicorn, one process), nothing parsed or stored: what is
left of a sync when the desk's outbox and the hub's checks and database are taken away. The
sync goal is judged against a bare POST to a real hub (bench/sync_to_hub.py); this figure is
printed beside it.
"""

import sys

import uvicorn
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/v1/batches")
async def batches(request: Request):
    body = await request.body()
    return {"received": len(body)}


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning",
                access_log=False)

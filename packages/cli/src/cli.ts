console.log("disclosure");

document.body.append('TCCC Scribe');
